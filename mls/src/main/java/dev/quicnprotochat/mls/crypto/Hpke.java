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

/// RFC 9180 base-mode HPKE for one (KEM, KDF, AEAD) triple, on BouncyCastle's `org.bouncycastle.crypto.hpke`.
///
/// BouncyCastle serialises keys as RFC 9180 §7.1.1 does (raw X25519/X448 keys, uncompressed EC points, EC private
/// keys as fixed-length big-endian scalars), which is also the convention of the MLS test vectors. Its `HPKE` object
/// keeps a mutable key-agreement instance, so one must not be shared between threads; building one parses curve
/// constants, which is too slow per call. Instances are therefore pooled (a pool rather than a `ThreadLocal`, which
/// would build one per virtual thread).
final class Hpke {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_POOLED = 16;

  private final short kem;
  private final short kdf;
  private final short aead;
  private final int privateKeyLength;
  private final ConcurrentLinkedQueue<HPKE> pool = new ConcurrentLinkedQueue<>();
  // Recipients' public keys recur (a member's leaf key across commits); parsed keys also keep BouncyCastle's tables.
  private final PublicKeyCache<AsymmetricKeyParameter> recipients;

  /// `privateKeyLength` is the KEM's Nsk (RFC 9180 §7.1), the seed length for fresh key pairs.
  Hpke(short kem, short kdf, short aead, int privateKeyLength) {
    this.kem = kem;
    this.kdf = kdf;
    this.aead = aead;
    this.privateKeyLength = privateKeyLength;
    this.recipients = new PublicKeyCache<>(1024, encoded -> with(h -> {
      try {
        return h.deserializePublicKey(encoded);
      } catch (RuntimeException e) {
        return null;
      }
    }));
  }

  private <T> T with(Function<HPKE, T> action) {
    HPKE h = pool.poll();
    if (h == null) {
      h = new HPKE(HPKE.mode_base, kem, kdf, aead);
    }
    try {
      return action.apply(h);
    } finally {
      // The size check races benignly: the pool may briefly exceed the bound by a few instances.
      if (pool.size() < MAX_POOLED) {
        pool.offer(h);
      }
    }
  }

  /// RFC 9180 §7.1.3 allows GenerateKeyPair() = DeriveKeyPair(random(Nsk)). We use it for fresh and ephemeral keys
  /// instead of BouncyCastle's key-pair generator, which measured an order of magnitude slower per call here.
  private AsymmetricCipherKeyPair freshKeyPair(HPKE h) {
    byte[] seed = new byte[privateKeyLength];
    RANDOM.nextBytes(seed);
    try {
      return h.deriveKeyPair(seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  HpkeKeyPair deriveKeyPair(byte[] ikm) {
    return with(h -> serialise(h, h.deriveKeyPair(ikm)));
  }

  HpkeKeyPair generateKeyPair() {
    return with(h -> serialise(h, freshKeyPair(h)));
  }

  private static HpkeKeyPair serialise(HPKE h, AsymmetricCipherKeyPair pair) {
    return new HpkeKeyPair(h.serializePrivateKey(pair.getPrivate()), h.serializePublicKey(pair.getPublic()));
  }

  short kemId() {
    return kem;
  }

  short kdfId() {
    return kdf;
  }

  short aeadId() {
    return aead;
  }

  /// The DH half of DHKEM Encap(pkR) (RFC 9180 §4.1): a fresh ephemeral key pair, its serialised public key
  /// `enc`, and `DH(skE, pkR)`. [DhkemLabeledEncryptor] finishes the KEM and the key schedule itself, so that a large
  /// `info` is hashed once for many recipients.
  byte[][] encapDh(byte[] publicKey) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      AsymmetricCipherKeyPair eph = freshKeyPair(h);
      byte[] enc = h.serializePublicKey(eph.getPublic());
      try {
        return new byte[][] {enc, dh(eph.getPrivate(), pkR)};
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE key agreement failed: " + e.getMessage());
      }
    });
  }

  private static byte[] dh(AsymmetricKeyParameter sk, AsymmetricKeyParameter pk) {
    return switch (sk) {
      case org.bouncycastle.crypto.params.X25519PrivateKeyParameters x -> {
        byte[] out = new byte[32];
        x.generateSecret((org.bouncycastle.crypto.params.X25519PublicKeyParameters) pk, out, 0);
        yield out;
      }
      case org.bouncycastle.crypto.params.X448PrivateKeyParameters x -> {
        byte[] out = new byte[56];
        x.generateSecret((org.bouncycastle.crypto.params.X448PublicKeyParameters) pk, out, 0);
        yield out;
      }
      case org.bouncycastle.crypto.params.ECPrivateKeyParameters ec -> {
        var agreement = new org.bouncycastle.crypto.agreement.ECDHBasicAgreement();
        agreement.init(ec);
        int length = (ec.getParameters().getCurve().getFieldSize() + 7) / 8;
        yield org.bouncycastle.util.BigIntegers.asUnsignedByteArray(length, agreement.calculateAgreement(pk));
      }
      default -> throw new CryptoException("unsupported HPKE key type");
    };
  }

  /// SealBase(pkR, info, aad, pt).
  HpkeCiphertext seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info, freshKeyPair(h));
        byte[] ct = ctx.seal(aad, plaintext);
        return new HpkeCiphertext(ctx.getEncapsulation(), ct);
      } catch (InvalidCipherTextException | RuntimeException e) {
        throw new CryptoException("HPKE seal failed: " + e.getMessage());
      }
    });
  }

  /// OpenBase(enc, skR, info, aad, ct); the receiver's public key is passed so it need not be recomputed (a key
  /// that does not match the private key makes the open fail).
  byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput, byte[] ciphertext) {
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

  /// SetupBaseS(pkR, info) followed by Context.Export(exporterContext, length) (RFC 9180 §5.3).
  HpkeExport exportSender(byte[] publicKey, byte[] info, byte[] exporterContext, int length) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info, freshKeyPair(h));
        return new HpkeExport(ctx.getEncapsulation(), ctx.export(exporterContext, length));
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE export failed: " + e.getMessage());
      }
    });
  }

  /// SetupBaseR(enc, skR, info) followed by Context.Export(exporterContext, length).
  byte[] exportReceiver(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput, byte[] exporterContext,
      int length) {
    return with(h -> {
      AsymmetricCipherKeyPair pair = receiverKeys(h, privateKey, publicKey, kemOutput);
      try {
        return h.setupBaseR(kemOutput, pair, info).export(exporterContext, length);
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE export failed: " + e.getMessage());
      }
    });
  }

  private static AsymmetricCipherKeyPair receiverKeys(HPKE h, byte[] privateKey, byte[] publicKey,
      byte[] kemOutput) {
    if (kemOutput.length != h.getEncSize()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
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
