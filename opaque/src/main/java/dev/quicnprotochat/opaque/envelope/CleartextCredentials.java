package dev.quicnprotochat.opaque.envelope;

import java.io.ByteArrayOutputStream;

/// RFC 9807 §4.1.1:
/// ```
/// struct {
///   uint8 server_public_key[Npk];
///   uint8 server_identity<1..2^16-1>;
///   uint8 client_identity<1..2^16-1>;
/// } CleartextCredentials;
/// ```
/// Absent identities default to the corresponding public keys (CreateCleartextCredentials).
public final class CleartextCredentials {

  private final byte[] serverPublicKey;
  private final byte[] serverIdentity;
  private final byte[] clientIdentity;

  private CleartextCredentials(byte[] serverPublicKey, byte[] serverIdentity, byte[] clientIdentity) {
    this.serverPublicKey = serverPublicKey;
    this.serverIdentity = serverIdentity;
    this.clientIdentity = clientIdentity;
  }

  /// CreateCleartextCredentials: `null` identities fall back to the public keys.
  public static CleartextCredentials create(byte[] serverPublicKey, byte[] clientPublicKey, byte[] serverIdentity,
      byte[] clientIdentity) {
    byte[] sid = serverIdentity == null ? serverPublicKey : serverIdentity;
    byte[] cid = clientIdentity == null ? clientPublicKey : clientIdentity;
    return new CleartextCredentials(serverPublicKey.clone(), sid.clone(), cid.clone());
  }

  public byte[] serverPublicKey() {
    return serverPublicKey.clone();
  }

  public byte[] serverIdentity() {
    return serverIdentity.clone();
  }

  public byte[] clientIdentity() {
    return clientIdentity.clone();
  }

  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(serverPublicKey);
    out.writeBytes(lengthPrefixed(serverIdentity));
    out.writeBytes(lengthPrefixed(clientIdentity));
    return out.toByteArray();
  }

  /// `I2OSP(len(x), 2) || x`.
  public static byte[] lengthPrefixed(byte[] x) {
    if (x.length > 0xffff) {
      throw new IllegalArgumentException("value longer than 65535 bytes");
    }
    byte[] out = new byte[2 + x.length];
    out[0] = (byte) (x.length >>> 8);
    out[1] = (byte) x.length;
    System.arraycopy(x, 0, out, 2, x.length);
    return out;
  }
}
