package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.InternalException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/// The AEADs of the RFC 9420 §17.1 suites, on the JDK's implementations (AES-NI and vectorised ChaCha20 intrinsics).
///
/// One `Cipher` per thread and algorithm, re-initialised for every call: `Cipher.getInstance` (a provider and
/// transformation lookup) cost about as much as a 200-byte AEAD operation itself. Re-initialising is safe: every call
/// sets key, nonce and mode afresh, and a failed tag check leaves the cipher ready for the next `init`. The JDK
/// refuses to encrypt twice with the last key and nonce of one instance; sealing the same input twice (as tests and
/// vectors do) then takes a fresh instance, which is what every call did before.
enum AeadAlgorithm {
  AES_128_GCM("AES/GCM/NoPadding", "AES", 16),
  AES_256_GCM("AES/GCM/NoPadding", "AES", 32),
  CHACHA20_POLY1305("ChaCha20-Poly1305", "ChaCha20", 32);

  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;

  private final String transformation;
  private final String keyAlgorithm;
  private final int keyLength;
  private final ThreadLocal<Cipher> ciphers;

  AeadAlgorithm(String transformation, String keyAlgorithm, int keyLength) {
    this.transformation = transformation;
    this.keyAlgorithm = keyAlgorithm;
    this.keyLength = keyLength;
    this.ciphers = ThreadLocal.withInitial(() -> {
      try {
        return Cipher.getInstance(transformation);
      } catch (GeneralSecurityException e) {
        throw new InternalException("AEAD " + transformation + " unavailable", e);
      }
    });
  }

  int keyLength() {
    return keyLength;
  }

  byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    try {
      Cipher cipher = init(Cipher.ENCRYPT_MODE, key, nonce);
      cipher.updateAAD(aad);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new InternalException("AEAD seal failed", e);
    }
  }

  byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
    if (ciphertext.length < TAG_LENGTH) {
      throw new CryptoException("AEAD ciphertext shorter than its tag");
    }
    try {
      Cipher cipher = init(Cipher.DECRYPT_MODE, key, nonce);
      cipher.updateAAD(aad);
      return cipher.doFinal(ciphertext);
    } catch (AEADBadTagException e) {
      throw new CryptoException("AEAD tag does not verify");
    } catch (GeneralSecurityException e) {
      throw new InternalException("AEAD open failed", e);
    }
  }

  /// As above, reading `ciphertext` in place.
  byte[] open(byte[] key, byte[] nonce, byte[] aad, Bytes ciphertext) {
    if (ciphertext.length() < TAG_LENGTH) {
      throw new CryptoException("AEAD ciphertext shorter than its tag");
    }
    try {
      Cipher cipher = init(Cipher.DECRYPT_MODE, key, nonce);
      cipher.updateAAD(aad);
      return ciphertext.read((array, offset, length) -> {
        try {
          return cipher.doFinal(array, offset, length);
        } catch (GeneralSecurityException e) {
          throw new OpenFailure(e);
        }
      });
    } catch (OpenFailure e) {
      if (e.getCause() instanceof AEADBadTagException) {
        throw new CryptoException("AEAD tag does not verify");
      }
      throw new InternalException("AEAD open failed", e.getCause());
    } catch (GeneralSecurityException e) {
      throw new InternalException("AEAD open failed", e);
    }
  }

  /// Carries a checked failure of `Cipher.doFinal` out of a [Bytes.RangeReader].
  private static final class OpenFailure extends RuntimeException {
    OpenFailure(GeneralSecurityException cause) {
      super(cause);
    }
  }

  private Cipher init(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
    if (key.length != keyLength || nonce.length != NONCE_LENGTH) {
      throw new UsageException("AEAD key or nonce has the wrong length");
    }
    AlgorithmParameterSpec spec = this == CHACHA20_POLY1305 ? new IvParameterSpec(nonce)
        : new GCMParameterSpec(TAG_LENGTH * 8, nonce);
    SecretKeySpec keySpec = new SecretKeySpec(key, keyAlgorithm);
    Cipher cipher = ciphers.get();
    try {
      cipher.init(mode, keySpec, spec);
    } catch (InvalidAlgorithmParameterException | InvalidKeyException e) {
      cipher = Cipher.getInstance(transformation);
      ciphers.set(cipher);
      cipher.init(mode, keySpec, spec);
    }
    return cipher;
  }
}
