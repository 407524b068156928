package dev.quicnprotochat.opaque.ake;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import org.bouncycastle.math.ec.rfc7748.X25519;

/// 3DH over X25519 (RFC 7748): the private key is the 32-byte seed itself (X25519 clamps it), the public key is
/// X25519(sk, 9), and DiffieHellman is X25519. A peer key of small order yields the all-zero secret and is
/// rejected.
enum X25519AkeGroup implements AkeGroup {
  INSTANCE;

  @Override
  public String identifier() {
    return "curve25519";
  }

  @Override
  public String toString() {
    return identifier();
  }

  @Override
  public int publicKeyLength() {
    return X25519.POINT_SIZE;
  }

  @Override
  public int privateKeyLength() {
    return X25519.SCALAR_SIZE;
  }

  @Override
  public AkeKeyPair deriveKeyPair(byte[] seed) {
    if (seed.length != X25519.SCALAR_SIZE) {
      throw new IllegalArgumentException("X25519 seed must be 32 bytes");
    }
    return new AkeKeyPair(seed.clone(), publicKey(seed));
  }

  @Override
  public byte[] publicKey(byte[] privateKey) {
    if (privateKey.length != X25519.SCALAR_SIZE) {
      throw new OpaqueCodecException("X25519 private key must be 32 bytes");
    }
    byte[] pk = new byte[X25519.POINT_SIZE];
    X25519.scalarMultBase(privateKey, 0, pk, 0);
    return pk;
  }

  @Override
  public byte[] diffieHellman(byte[] privateKey, byte[] publicKey) {
    validatePublicKey(publicKey);
    byte[] shared = new byte[X25519.POINT_SIZE];
    if (!X25519.calculateAgreement(privateKey, 0, publicKey, 0, shared, 0)) {
      throw new OpaqueCodecException("X25519 public key has small order");
    }
    return shared;
  }

  @Override
  public void validatePublicKey(byte[] publicKey) {
    if (publicKey.length != X25519.POINT_SIZE) {
      throw new OpaqueCodecException("X25519 public key must be 32 bytes, got " + publicKey.length);
    }
  }
}
