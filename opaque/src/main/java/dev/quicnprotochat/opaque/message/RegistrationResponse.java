package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §5.1:
/// ```
/// struct {
///   uint8 evaluated_message[Noe];
///   uint8 server_public_key[Npk];
/// } RegistrationResponse;
/// ```
public final class RegistrationResponse extends WireMessage {

  private final int npk;

  private RegistrationResponse(byte[] encoded, int npk) {
    super(encoded);
    this.npk = npk;
  }

  /// Decodes and validates peer bytes.
  public static RegistrationResponse decode(OpaqueConfig config, byte[] bytes) {
    int n = config.publicKeyLength();
    requireLength("RegistrationResponse", bytes, 2 * n);
    RegistrationResponse r = new RegistrationResponse(bytes.clone(), n);
    requireElement(config, "RegistrationResponse.evaluated_message", r.evaluatedMessage());
    requireElement(config, "RegistrationResponse.server_public_key", r.serverPublicKey());
    return r;
  }

  public byte[] evaluatedMessage() {
    return slice(0, npk);
  }

  public byte[] serverPublicKey() {
    return slice(npk, npk);
  }
}
