package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §4.1:
/// ```
/// struct {
///   uint8 envelope_nonce[Nn];
///   uint8 auth_tag[Nm];
/// } Envelope;
/// ```
public final class Envelope extends WireMessage {

  private Envelope(byte[] encoded) {
    super(encoded);
  }

  public static Envelope decode(OpaqueConfig config, byte[] bytes) {
    requireLength("Envelope", bytes, config.envelopeLength());
    return new Envelope(bytes.clone());
  }

  public static Envelope of(byte[] nonce, byte[] authTag) {
    return new Envelope(concat(nonce, authTag));
  }

  public byte[] nonce() {
    return slice(0, OpaqueConfig.NONCE_LENGTH);
  }

  public byte[] authTag() {
    return slice(OpaqueConfig.NONCE_LENGTH, length() - OpaqueConfig.NONCE_LENGTH);
  }
}
