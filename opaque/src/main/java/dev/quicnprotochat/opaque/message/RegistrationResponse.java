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

  private final int noe;
  private final int npk;

  private RegistrationResponse(byte[] encoded, int noe, int npk) {
    super(encoded);
    this.noe = noe;
    this.npk = npk;
  }

  /// Decodes and validates peer bytes.
  public static RegistrationResponse decode(OpaqueConfig config, byte[] bytes) {
    int noe = config.oprfElementLength();
    int npk = config.publicKeyLength();
    requireLength("RegistrationResponse", bytes, noe + npk);
    RegistrationResponse r = new RegistrationResponse(bytes.clone(), noe, npk);
    requireOprfElement(config, "RegistrationResponse.evaluated_message", r.evaluatedMessage());
    requireAkePublicKey(config, "RegistrationResponse.server_public_key", r.serverPublicKey());
    return r;
  }

  public byte[] evaluatedMessage() {
    return slice(0, noe);
  }

  public byte[] serverPublicKey() {
    return slice(noe, npk);
  }
}
