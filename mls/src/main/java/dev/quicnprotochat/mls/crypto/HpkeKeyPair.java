package dev.quicnprotochat.mls.crypto;

/// An HPKE key pair in the serialisations of RFC 9180 (SerializePublicKey / SerializePrivateKey).
/// `toString` never prints the private key.
public record HpkeKeyPair(byte[] privateKey, byte[] publicKey) {

  @Override
  public String toString() {
    return "HpkeKeyPair[publicKey=" + java.util.HexFormat.of().formatHex(publicKey) + ", privateKey=<redacted>]";
  }
}
