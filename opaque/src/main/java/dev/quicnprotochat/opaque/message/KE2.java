package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §6.1, the server's login response:
/// ```
/// struct {
///   CredentialResponse credential_response;
///     // uint8 evaluated_message[Noe]; uint8 masking_nonce[Nn]; uint8 masked_response[Npk + Nn + Nm]
///   AuthResponse auth_response;
///     // uint8 server_nonce[Nn]; uint8 server_public_keyshare[Npk]; uint8 server_mac[Nm]
/// } KE2;
/// ```
/// A response for an unknown user has exactly the same length and layout.
public final class KE2 extends WireMessage {

  private final int noe;
  private final int npk;
  private final int nm;

  private KE2(byte[] encoded, int noe, int npk, int nm) {
    super(encoded);
    this.noe = noe;
    this.npk = npk;
    this.nm = nm;
  }

  /// The encoded length for a configuration.
  public static int encodedLength(OpaqueConfig config) {
    return credentialResponseLength(config) + OpaqueConfig.NONCE_LENGTH + config.publicKeyLength()
        + config.hashLength();
  }

  static int credentialResponseLength(OpaqueConfig config) {
    int nn = OpaqueConfig.NONCE_LENGTH;
    return config.oprfElementLength() + nn + config.publicKeyLength() + nn + config.hashLength();
  }

  /// Decodes and validates peer bytes.
  public static KE2 decode(OpaqueConfig config, byte[] bytes) {
    requireLength("KE2", bytes, encodedLength(config));
    KE2 ke2 = new KE2(bytes.clone(), config.oprfElementLength(), config.publicKeyLength(), config.hashLength());
    requireOprfElement(config, "KE2.evaluated_message", ke2.evaluatedMessage());
    requireAkePublicKey(config, "KE2.server_public_keyshare", ke2.serverPublicKeyshare());
    return ke2;
  }

  public static KE2 of(OpaqueConfig config, byte[] credentialResponse, byte[] serverNonce,
      byte[] serverPublicKeyshare, byte[] serverMac) {
    return decode(config, concat(credentialResponse, serverNonce, serverPublicKeyshare, serverMac));
  }

  private int credentialResponseLength() {
    return noe + OpaqueConfig.NONCE_LENGTH + maskedResponseLength();
  }

  private int maskedResponseLength() {
    return npk + OpaqueConfig.NONCE_LENGTH + nm;
  }

  /// The serialized CredentialResponse, as it enters the 3DH preamble.
  public byte[] credentialResponse() {
    return slice(0, credentialResponseLength());
  }

  public byte[] evaluatedMessage() {
    return slice(0, noe);
  }

  public byte[] maskingNonce() {
    return slice(noe, OpaqueConfig.NONCE_LENGTH);
  }

  public byte[] maskedResponse() {
    return slice(noe + OpaqueConfig.NONCE_LENGTH, maskedResponseLength());
  }

  public byte[] serverNonce() {
    return slice(credentialResponseLength(), OpaqueConfig.NONCE_LENGTH);
  }

  public byte[] serverPublicKeyshare() {
    return slice(credentialResponseLength() + OpaqueConfig.NONCE_LENGTH, npk);
  }

  public byte[] serverMac() {
    return slice(credentialResponseLength() + OpaqueConfig.NONCE_LENGTH + npk, nm);
  }
}
