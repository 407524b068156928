package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

/// Ed25519 and Ed448 (RFC 8032, pure variants with an empty context) on BouncyCastle's stateless primitives.
enum EdDsaAlgorithm implements SignatureAlgorithm {
  ED25519(Ed25519.SECRET_KEY_SIZE, Ed25519.PUBLIC_KEY_SIZE, Ed25519.SIGNATURE_SIZE),
  ED448(Ed448.SECRET_KEY_SIZE, Ed448.PUBLIC_KEY_SIZE, Ed448.SIGNATURE_SIZE);

  private static final byte[] NO_CONTEXT = new byte[0];
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int secretKeySize;
  private final int publicKeySize;
  private final int signatureSize;
  // Decoded points: decompression costs a field square root per verification otherwise.
  private final PublicKeyCache<Object> publicKeys;

  EdDsaAlgorithm(int secretKeySize, int publicKeySize, int signatureSize) {
    this.secretKeySize = secretKeySize;
    this.publicKeySize = publicKeySize;
    this.signatureSize = signatureSize;
    this.publicKeys = new PublicKeyCache<>(1024, encoded -> {
      if (encoded.length != publicKeySize) {
        return null;
      }
      try {
        return publicKeySize == Ed25519.PUBLIC_KEY_SIZE ? Ed25519.validatePublicKeyPartialExport(encoded, 0)
            : Ed448.validatePublicKeyPartialExport(encoded, 0);
      } catch (RuntimeException e) {
        return null;
      }
    });
  }

  @Override
  public SignatureKeyPair generate() {
    byte[] sk = new byte[secretKeySize];
    RANDOM.nextBytes(sk);
    return new SignatureKeyPair(sk, publicKey(sk));
  }

  @Override
  public byte[] publicKey(byte[] privateKey) {
    checkPrivate(privateKey);
    byte[] pk = new byte[publicKeySize];
    if (this == ED25519) {
      Ed25519.generatePublicKey(privateKey, 0, pk, 0);
    } else {
      Ed448.generatePublicKey(privateKey, 0, pk, 0);
    }
    return pk;
  }

  @Override
  public byte[] sign(byte[] privateKey, byte[] message) {
    // Signing needs the public key; deriving it costs one base-point multiplication, which callers holding a
    // SignatureKeyPair avoid through signWithKeyPair.
    return sign(privateKey, publicKey(privateKey), message);
  }

  byte[] sign(byte[] privateKey, byte[] publicKey, byte[] message) {
    checkPrivate(privateKey);
    byte[] sig = new byte[signatureSize];
    if (this == ED25519) {
      Ed25519.sign(privateKey, 0, publicKey, 0, message, 0, message.length, sig, 0);
    } else {
      Ed448.sign(privateKey, 0, publicKey, 0, NO_CONTEXT, message, 0, message.length, sig, 0);
    }
    return sig;
  }

  @Override
  public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != publicKeySize || signature.length != signatureSize) {
      return false;
    }
    Object point = publicKeys.get(publicKey);
    if (point == null) {
      return false;
    }
    if (this == ED25519) {
      return Ed25519.verify(signature, 0, (Ed25519.PublicPoint) point, message, 0, message.length);
    }
    return Ed448.verify(signature, 0, (Ed448.PublicPoint) point, NO_CONTEXT, message, 0, message.length);
  }

  private void checkPrivate(byte[] privateKey) {
    if (privateKey.length != secretKeySize) {
      throw new CryptoException("signature private key must be " + secretKeySize + " bytes");
    }
  }
}
