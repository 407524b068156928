package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §6.1, the client's first login message:
/// ```
/// struct {
///   CredentialRequest credential_request;   // uint8 blinded_message[Noe]
///   AuthRequest auth_request;               // uint8 client_nonce[Nn]; uint8 client_public_keyshare[Npk]
/// } KE1;
/// ```
public final class KE1 extends WireMessage {

  private final int noe;
  private final int npk;

  private KE1(byte[] encoded, int noe, int npk) {
    super(encoded);
    this.noe = noe;
    this.npk = npk;
  }

  /// Decodes and validates peer bytes.
  public static KE1 decode(OpaqueConfig config, byte[] bytes) {
    int noe = config.oprfElementLength();
    int npk = config.publicKeyLength();
    requireLength("KE1", bytes, noe + OpaqueConfig.NONCE_LENGTH + npk);
    KE1 ke1 = new KE1(bytes.clone(), noe, npk);
    requireOprfElement(config, "KE1.blinded_message", ke1.blindedMessage());
    requireAkePublicKey(config, "KE1.client_public_keyshare", ke1.clientPublicKeyshare());
    return ke1;
  }

  public static KE1 of(OpaqueConfig config, byte[] blindedMessage, byte[] clientNonce, byte[] clientPublicKeyshare) {
    return decode(config, concat(blindedMessage, clientNonce, clientPublicKeyshare));
  }

  public byte[] blindedMessage() {
    return slice(0, noe);
  }

  public byte[] clientNonce() {
    return slice(noe, OpaqueConfig.NONCE_LENGTH);
  }

  public byte[] clientPublicKeyshare() {
    return slice(noe + OpaqueConfig.NONCE_LENGTH, npk);
  }
}
