package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/// RFC 9180 base-mode HPKE for one (KEM, KDF, AEAD) triple, on BouncyCastle's `org.bouncycastle.crypto.hpke`.
///
/// BouncyCastle serialises keys as RFC 9180 §7.1.1 does (raw X25519/X448 keys, uncompressed EC points, EC private
/// keys as fixed-length big-endian scalars), which is also the convention of the MLS test vectors. Its `HPKE` object
/// keeps a mutable key-agreement instance, so each thread gets its own; building one parses curve constants, which
/// is too slow to repeat per call.
final class Hpke {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ThreadLocal<HPKE> hpke;
  private final int privateKeyLength;
  // Recipients' public keys recur (a member's leaf key across commits); parsed keys also keep BouncyCastle's tables.
  private final PublicKeyCache<AsymmetricKeyParameter> recipients;

  /// `privateKeyLength` is the KEM's Nsk (RFC 9180 §7.1), the seed length for fresh key pairs.
  Hpke(short kem, short kdf, short aead, int privateKeyLength) {
    this.hpke = ThreadLocal.withInitial(() -> new HPKE(HPKE.mode_base, kem, kdf, aead));
    this.privateKeyLength = privateKeyLength;
    this.recipients = new PublicKeyCache<>(1024, encoded -> {
      try {
        return hpke.get().deserializePublicKey(encoded);
      } catch (RuntimeException e) {
        return null;
      }
    });
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
    HPKE h = hpke.get();
    AsymmetricCipherKeyPair pair = h.deriveKeyPair(ikm);
    return new HpkeKeyPair(h.serializePrivateKey(pair.getPrivate()), h.serializePublicKey(pair.getPublic()));
  }

  HpkeKeyPair generateKeyPair() {
    HPKE h = hpke.get();
    AsymmetricCipherKeyPair pair = freshKeyPair(h);
    return new HpkeKeyPair(h.serializePrivateKey(pair.getPrivate()), h.serializePublicKey(pair.getPublic()));
  }

  /// SealBase(pkR, info, aad, pt).
  HpkeCiphertext seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
    HPKE h = hpke.get();
    AsymmetricKeyParameter pkR = publicKey(h, publicKey);
    try {
      HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info, freshKeyPair(h));
      byte[] ct = ctx.seal(aad, plaintext);
      return new HpkeCiphertext(ctx.getEncapsulation(), ct);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new CryptoException("HPKE seal failed: " + e.getMessage());
    }
  }

  /// OpenBase(enc, skR, info, aad, ct); the receiver's public key is passed so it need not be recomputed.
  byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput, byte[] ciphertext) {
    HPKE h = hpke.get();
    AsymmetricCipherKeyPair pair;
    try {
      pair = h.deserializePrivateKey(privateKey, publicKey);
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE key pair does not parse");
    }
    if (kemOutput.length != h.getEncSize()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
    }
    try {
      HPKEContext ctx = h.setupBaseR(kemOutput, pair, info);
      return ctx.open(aad, ciphertext);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("HPKE ciphertext does not decrypt");
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE open failed: " + e.getMessage());
    }
  }

  /// SetupBaseS(pkR, info) followed by Context.Export(exporterContext, length) (RFC 9180 §5.3).
  HpkeExport exportSender(byte[] publicKey, byte[] info, byte[] exporterContext, int length) {
    HPKE h = hpke.get();
    AsymmetricKeyParameter pkR = publicKey(h, publicKey);
    try {
      HPKEContextWithEncapsulation ctx = h.setupBaseS(pkR, info, freshKeyPair(h));
      return new HpkeExport(ctx.getEncapsulation(), ctx.export(exporterContext, length));
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE export failed: " + e.getMessage());
    }
  }

  /// SetupBaseR(enc, skR, info) followed by Context.Export(exporterContext, length).
  byte[] exportReceiver(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput, byte[] exporterContext,
      int length) {
    HPKE h = hpke.get();
    if (kemOutput.length != h.getEncSize()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
    }
    try {
      return h.setupBaseR(kemOutput, h.deserializePrivateKey(privateKey, publicKey), info)
          .export(exporterContext, length);
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE export failed: " + e.getMessage());
    }
  }

  private AsymmetricKeyParameter publicKey(HPKE h, byte[] encoded) {
    AsymmetricKeyParameter key = recipients.get(encoded);
    if (key == null) {
      throw new CryptoException("HPKE public key does not parse");
    }
    return key;
  }
}
