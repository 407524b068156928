package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §5.1: `struct { uint8 blinded_message[Noe]; } RegistrationRequest;`
public final class RegistrationRequest extends WireMessage {

  private RegistrationRequest(byte[] encoded) {
    super(encoded);
  }

  /// Decodes and validates peer bytes.
  public static RegistrationRequest decode(OpaqueConfig config, byte[] bytes) {
    requireLength("RegistrationRequest", bytes, config.oprfElementLength());
    requireOprfElement(config, "RegistrationRequest.blinded_message", bytes);
    return new RegistrationRequest(bytes.clone());
  }

  public byte[] blindedMessage() {
    return toBytes();
  }
}
