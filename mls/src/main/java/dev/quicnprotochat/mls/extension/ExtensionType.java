package dev.quicnprotochat.mls.extension;

/// The extension types registered by RFC 9420 §17.3, as `uint16` code points.
///
/// Plain constants rather than an enum: any other value, including GREASE (§13.5), is legal on the wire and must be
/// carried through unchanged.
public final class ExtensionType {

  public static final int APPLICATION_ID = 0x0001;
  public static final int RATCHET_TREE = 0x0002;
  public static final int REQUIRED_CAPABILITIES = 0x0003;
  public static final int EXTERNAL_PUB = 0x0004;
  public static final int EXTERNAL_SENDERS = 0x0005;

  private ExtensionType() {
  }

  /// RFC 9420 §13.5: GREASE values have the form `0x?A?A`.
  public static boolean isGrease(int type) {
    return (type & 0x0f0f) == 0x0a0a;
  }

  /// Whether RFC 9420 itself defines `type` (1–5); everything else is unknown to this library.
  public static boolean isDefault(int type) {
    return type >= APPLICATION_ID && type <= EXTERNAL_SENDERS;
  }
}
