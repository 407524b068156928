package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §5.1, what the server stores per user:
/// ```
/// struct {
///   uint8 client_public_key[Npk];
///   uint8 masking_key[Nh];
///   Envelope envelope;
/// } RegistrationRecord;
/// ```
/// The masking key is a server-side secret, so `toString` prints only the client public key.
public final class RegistrationRecord extends WireMessage {

  private final int npk;
  private final int nh;

  private RegistrationRecord(byte[] encoded, int npk, int nh) {
    super(encoded);
    this.npk = npk;
    this.nh = nh;
  }

  /// Decodes and validates bytes (from the client at registration, or from storage).
  public static RegistrationRecord decode(OpaqueConfig config, byte[] bytes) {
    int npk = config.publicKeyLength();
    int nh = config.hashLength();
    requireLength("RegistrationRecord", bytes, npk + nh + config.envelopeLength());
    RegistrationRecord r = new RegistrationRecord(bytes.clone(), npk, nh);
    requireAkePublicKey(config, "RegistrationRecord.client_public_key", r.clientPublicKey());
    return r;
  }

  public static RegistrationRecord of(OpaqueConfig config, byte[] clientPublicKey, byte[] maskingKey,
      Envelope envelope) {
    return decode(config, concat(clientPublicKey, maskingKey, envelope.toBytes()));
  }

  public byte[] clientPublicKey() {
    return slice(0, npk);
  }

  public byte[] maskingKey() {
    return slice(npk, nh);
  }

  public byte[] envelope() {
    return slice(npk + nh, length() - npk - nh);
  }

  @Override
  public String toString() {
    return "RegistrationRecord[clientPublicKey=" + java.util.HexFormat.of().formatHex(clientPublicKey())
        + ", maskingKey=<redacted>, envelope=<redacted>]";
  }
}
