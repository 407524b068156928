package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Objects;

/// The state a joiner needs, signed by a member (RFC 9420 §12.4.3):
///
/// ```
/// struct {
///     GroupContext group_context;
///     Extension extensions<V>;
///     opaque confirmation_tag<V>;
///     uint32 signer;
///     /* SignWithLabel(., "GroupInfoTBS", GroupInfoTBS) */
///     opaque signature<V>;
/// } GroupInfo;
/// ```
public record GroupInfo(GroupContext groupContext, List<Extension> extensions, Bytes confirmationTag,
    LeafIndex signer, Bytes signature) {

  public GroupInfo {
    Objects.requireNonNull(groupContext, "groupContext");
    Objects.requireNonNull(confirmationTag, "confirmationTag");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(signature, "signature");
    extensions = List.copyOf(extensions);
  }

  public static GroupInfo decode(TlsReader r) {
    return new GroupInfo(GroupContext.decode(r), r.vector(Extension::decode), r.opaqueBytes(),
        LeafIndex.decode(r), r.opaqueBytes());
  }

  public static GroupInfo decode(Bytes bytes) {
    return TlsReader.decode(bytes, GroupInfo::decode);
  }

  public void encode(TlsWriter w) {
    GroupInfoTBS.encodeContent(w, this);
    w.opaque(signature);
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(1024);
    encode(w);
    return w.toBytes();
  }

  /// VerifyWithLabel(signer's key, "GroupInfoTBS", GroupInfoTBS, signature) (RFC 9420 §12.4.3).
  public boolean verifySignature(CipherSuite suite, Bytes signerPublicKey) {
    return suite.verifyWithLabel(signerPublicKey.toByteArray(), GroupInfoTBS.LABEL, GroupInfoTBS.encode(this),
        signature.toByteArray());
  }

  /// A copy signed with `signaturePrivateKey`.
  public GroupInfo signed(CipherSuite suite, byte[] signaturePrivateKey) {
    byte[] sig = suite.signWithLabel(signaturePrivateKey, GroupInfoTBS.LABEL, GroupInfoTBS.encode(this));
    return new GroupInfo(groupContext, extensions, confirmationTag, signer, Bytes.wrap(sig));
  }

  /// The first extension of type `type`, if any.
  public java.util.Optional<Extension> extension(int type) {
    return extensions.stream().filter(e -> e.extensionType() == type).findFirst();
  }
}
