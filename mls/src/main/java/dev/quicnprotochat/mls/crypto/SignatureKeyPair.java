package dev.quicnprotochat.mls.crypto;

/// A signature key pair: raw Ed25519/Ed448 keys, or a big-endian ECDSA scalar and an uncompressed point.
/// `toString` never prints the private key.
public record SignatureKeyPair(byte[] privateKey, byte[] publicKey) {

  @Override
  public String toString() {
    return "SignatureKeyPair[publicKey=" + java.util.HexFormat.of().formatHex(publicKey) + ", privateKey=<redacted>]";
  }
}
