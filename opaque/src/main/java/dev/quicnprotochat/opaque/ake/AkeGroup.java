package dev.quicnprotochat.opaque.ake;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.oprf.OprfSuite;

/// The Diffie-Hellman group of the 3DH key exchange (RFC 9807 §6.4.1), on serialized keys. Usually the OPRF's own
/// prime-order group; curve25519 (X25519) is the other option the RFC's test vectors use.
public sealed interface AkeGroup permits PrimeOrderAkeGroup, X25519AkeGroup {

  /// The RFC 9807 vector name: `ristretto255`, `P256_XMD:SHA-256_SSWU_RO_` or `curve25519`.
  String identifier();

  /// Npk.
  int publicKeyLength();

  /// Nsk.
  int privateKeyLength();

  /// DeriveDiffieHellmanKeyPair(seed) with a Nseed-byte seed.
  AkeKeyPair deriveKeyPair(byte[] seed);

  /// The public key of a private key.
  ///
  /// @throws OpaqueCodecException if the private key is malformed
  byte[] publicKey(byte[] privateKey);

  /// DiffieHellman(k, B).
  ///
  /// @throws OpaqueCodecException if the public key is invalid or the shared secret degenerate
  byte[] diffieHellman(byte[] privateKey, byte[] publicKey);

  /// @throws OpaqueCodecException if `publicKey` is not a valid public key of this group
  void validatePublicKey(byte[] publicKey);

  /// 3DH over the OPRF suite's own group.
  static AkeGroup of(OprfSuite suite) {
    return new PrimeOrderAkeGroup(suite);
  }

  /// 3DH over X25519 (RFC 7748).
  static AkeGroup curve25519() {
    return X25519AkeGroup.INSTANCE;
  }
}
