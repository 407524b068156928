package dev.quicnprotochat.opaque.ake;

import java.util.Arrays;
import java.util.HexFormat;

/// A serialized AKE key pair: `privateKey` (Nsk bytes) and `publicKey` (Npk bytes). `toString` redacts the private
/// key.
public record AkeKeyPair(byte[] privateKey, byte[] publicKey) {

  /// Overwrites the private key with zeros.
  public void destroy() {
    Arrays.fill(privateKey, (byte) 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AkeKeyPair k && Arrays.equals(privateKey, k.privateKey)
        && Arrays.equals(publicKey, k.publicKey);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "AkeKeyPair[privateKey=<redacted>, publicKey=" + HexFormat.of().formatHex(publicKey) + "]";
  }
}
