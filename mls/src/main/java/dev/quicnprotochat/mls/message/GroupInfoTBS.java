package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.TlsWriter;

/// The signed part of a [GroupInfo] (RFC 9420 §12.4.3):
///
/// ```
/// struct {
///     GroupContext group_context;
///     Extension extensions<V>;
///     opaque confirmation_tag<V>;
///     uint32 signer;
/// } GroupInfoTBS;
/// ```
public final class GroupInfoTBS {

  /// The SignWithLabel label, without the "MLS 1.0 " prefix.
  public static final String LABEL = "GroupInfoTBS";

  private GroupInfoTBS() {
  }

  public static byte[] encode(GroupInfo info) {
    TlsWriter w = new TlsWriter(1024);
    encodeContent(w, info);
    return w.toByteArray();
  }

  static void encodeContent(TlsWriter w, GroupInfo info) {
    info.groupContext().encode(w);
    w.vector(info.extensions(), (x, e) -> e.encode(x));
    w.opaque(info.confirmationTag()).u32(info.signer().value());
  }
}
