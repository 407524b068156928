package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/// Base-mode HPKE with a post-quantum KEM ([PqKem]) on BouncyCastle's `org.bouncycastle.crypto.hpke`, which
/// implements the ML-KEM and X-Wing KEMs of draft-ietf-hpke-pq and draft-connolly-cfrg-xwing-kem.
///
/// Unlike [Hpke] there is no sender key pair to pass in: a KEM encapsulation draws its own randomness, so seals
/// use BouncyCastle's `setupBaseS(pkR, info)`. `HPKE` objects are pooled for the same reason as in [Hpke].
final class PqHpke implements HpkeSuite {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_POOLED = 16;

  private final PqKem kem;
  private final short kdf;
  private final short aead;
  private final ConcurrentLinkedQueue<HPKE> pool = new ConcurrentLinkedQueue<>();
  // Recipients' public keys recur across commits; a parsed ML-KEM key keeps its decoded polynomial vector.
  private final PublicKeyCache<AsymmetricKeyParameter> recipients;

  PqHpke(PqKem kem, short kdf, short aead) {
    this.kem = kem;
    this.kdf = kdf;
    this.aead = aead;
    this.recipients = new PublicKeyCache<>(256, encoded -> {
      if (encoded.length != kem.publicKeyLength()) {
        return null;
      }
      return with(h -> {
        try {
          return h.deserializePublicKey(encoded);
        } catch (RuntimeException e) {
          return null;
        }
      });
    });
  }

  PqKem kem() {
    return kem;
  }

  private <T> T with(Function<HPKE, T> action) {
    HPKE h = pool.poll();
    if (h == null) {
      h = new HPKE(HPKE.mode_base, kem.id(), kdf, aead);
    }
    try {
      return action.apply(h);
    } finally {
      if (pool.size() < MAX_POOLED) {
        pool.offer(h);
      }
    }
  }

  @Override
  public HpkeKeyPair deriveKeyPair(byte[] ikm) {
    AsymmetricCipherKeyPair pair = kem.derive(ikm);
    return with(h -> new HpkeKeyPair(h.serializePrivateKey(pair.getPrivate()), h.serializePublicKey(pair.getPublic())));
  }

  /// A uniformly random seed gives the same distribution as the KEM's own GenerateKeyPair.
  @Override
  public HpkeKeyPair generateKeyPair() {
    byte[] ikm = new byte[PqKem.ML_KEM_IKM_LENGTH];
    RANDOM.nextBytes(ikm);
    try {
      return deriveKeyPair(ikm);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  @Override
  public HpkeCiphertext seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info);
        byte[] ct = ctx.seal(aad, plaintext);
        return new HpkeCiphertext(ctx.getEncapsulation(), ct);
      } catch (InvalidCipherTextException | RuntimeException e) {
        throw new CryptoException("HPKE seal failed: " + e.getMessage());
      }
    });
  }

  @Override
  public byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput,
      byte[] ciphertext) {
    return with(h -> {
      AsymmetricCipherKeyPair pair = receiverKeys(h, privateKey, publicKey, kemOutput);
      try {
        return h.setupBaseR(kemOutput, pair, info).open(aad, ciphertext);
      } catch (InvalidCipherTextException e) {
        throw new CryptoException("HPKE ciphertext does not decrypt");
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE open failed: " + e.getMessage());
      }
    });
  }

  @Override
  public HpkeExport exportSender(byte[] publicKey, byte[] info, byte[] exporterContext, int length) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info);
        return new HpkeExport(ctx.getEncapsulation(), ctx.export(exporterContext, length));
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE export failed: " + e.getMessage());
      }
    });
  }

  @Override
  public byte[] exportReceiver(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput,
      byte[] exporterContext, int length) {
    return with(h -> {
      AsymmetricCipherKeyPair pair = receiverKeys(h, privateKey, publicKey, kemOutput);
      try {
        return h.setupBaseR(kemOutput, pair, info).export(exporterContext, length);
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE export failed: " + e.getMessage());
      }
    });
  }

  /// ML-KEM decapsulation never fails on a wrong key (implicit rejection, FIPS 203 §6.3): it yields an unrelated
  /// shared secret, so a wrong key or altered kem_output surfaces as an AEAD failure. Lengths are checked here.
  private AsymmetricCipherKeyPair receiverKeys(HPKE h, byte[] privateKey, byte[] publicKey, byte[] kemOutput) {
    if (kemOutput.length != kem.encLength()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
    }
    if (privateKey.length != kem.privateKeyLength() || publicKey.length != kem.publicKeyLength()) {
      throw new CryptoException("HPKE key pair has the wrong length");
    }
    try {
      return h.deserializePrivateKey(privateKey, publicKey);
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE key pair does not parse");
    }
  }

  private AsymmetricKeyParameter publicKey(byte[] encoded) {
    AsymmetricKeyParameter key = recipients.get(encoded);
    if (key == null) {
      throw new CryptoException("HPKE public key does not parse");
    }
    return key;
  }
}
