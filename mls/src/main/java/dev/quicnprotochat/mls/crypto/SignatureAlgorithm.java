package dev.quicnprotochat.mls.crypto;

/// A signature scheme of RFC 9420 §17.1 working on serialised keys: raw EdDSA keys (RFC 8032), or a big-endian
/// ECDSA scalar with an uncompressed SEC1 point and DER signatures, or an ML-DSA (FIPS 204) seed and public key.
sealed interface SignatureAlgorithm permits EdDsaAlgorithm, EcdsaAlgorithm, MlDsaAlgorithm {

  SignatureKeyPair generate();

  byte[] publicKey(byte[] privateKey);

  byte[] sign(byte[] privateKey, byte[] message);

  /// False for a bad signature, and also for a key or signature that does not parse.
  boolean verify(byte[] publicKey, byte[] message, byte[] signature);
}
