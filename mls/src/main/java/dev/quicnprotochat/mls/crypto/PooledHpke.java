package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/// Base-mode HPKE (RFC 9180) on BouncyCastle's `org.bouncycastle.crypto.hpke`, shared by the Diffie-Hellman KEMs
/// ([Hpke]) and the post-quantum KEMs ([PqHpke]); they differ only in how a sender context is set up and in the
/// length checks on a receiver's inputs.
///
/// BouncyCastle's `HPKE` object keeps a mutable key-agreement instance, so one must not be shared between threads;
/// building one parses curve constants, which is too slow per call. Instances are therefore pooled (a pool rather
/// than a `ThreadLocal`, which would build one per virtual thread).
abstract sealed class PooledHpke implements HpkeSuite permits Hpke, PqHpke {

  private static final int MAX_POOLED = 16;

  private final short kemId;
  private final short kdf;
  private final short aead;
  private final ConcurrentLinkedQueue<HPKE> pool = new ConcurrentLinkedQueue<>();
  // Recipients' public keys recur (a member's leaf key across commits); parsed keys keep BouncyCastle's tables.
  private final PublicKeyCache<AsymmetricKeyParameter> recipients;

  /// `plausiblePublicKey` rejects encodings before BouncyCastle parses them (e.g. by length); `cacheSize` bounds the
  /// parsed recipient keys kept.
  PooledHpke(short kemId, short kdf, short aead, int cacheSize, Predicate<byte[]> plausiblePublicKey) {
    this.kemId = kemId;
    this.kdf = kdf;
    this.aead = aead;
    this.recipients = new PublicKeyCache<>(cacheSize, encoded -> !plausiblePublicKey.test(encoded) ? null
        : with(h -> {
          try {
            return h.deserializePublicKey(encoded);
          } catch (RuntimeException e) {
            return null;
          }
        }));
  }

  /// SetupBaseS(pkR, info): the sender's context with its encapsulation.
  abstract HPKEContextWithEncapsulation setupSender(HPKE h, AsymmetricKeyParameter pkR, byte[] info);

  /// Rejects receiver inputs of the wrong length before they reach BouncyCastle, as a `CryptoException`.
  abstract void checkReceiverLengths(HPKE h, byte[] privateKey, byte[] publicKey, byte[] kemOutput);

  final <T> T with(Function<HPKE, T> action) {
    HPKE h = pool.poll();
    if (h == null) {
      h = new HPKE(HPKE.mode_base, kemId, kdf, aead);
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

  final short kemId() {
    return kemId;
  }

  final short kdfId() {
    return kdf;
  }

  final short aeadId() {
    return aead;
  }

  static HpkeKeyPair serialise(HPKE h, AsymmetricCipherKeyPair pair) {
    return new HpkeKeyPair(h.serializePrivateKey(pair.getPrivate()), h.serializePublicKey(pair.getPublic()));
  }

  /// SealBase(pkR, info, aad, pt).
  @Override
  public final HpkeCiphertext seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = setupSender(h, pkR, info);
        byte[] ct = ctx.seal(aad, plaintext);
        return new HpkeCiphertext(ctx.getEncapsulation(), ct);
      } catch (InvalidCipherTextException | RuntimeException e) {
        throw new CryptoException("HPKE seal failed: " + e.getMessage());
      }
    });
  }

  /// OpenBase(enc, skR, info, aad, ct); the receiver's public key is passed so it need not be recomputed (a key
  /// that does not match the private key makes the open fail).
  @Override
  public final byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput,
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

  /// SetupBaseS(pkR, info) followed by Context.Export(exporterContext, length) (RFC 9180 §5.3).
  @Override
  public final HpkeExport exportSender(byte[] publicKey, byte[] info, byte[] exporterContext, int length) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      try {
        HPKEContextWithEncapsulation ctx = setupSender(h, pkR, info);
        return new HpkeExport(ctx.getEncapsulation(), ctx.export(exporterContext, length));
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE export failed: " + e.getMessage());
      }
    });
  }

  /// SetupBaseR(enc, skR, info) followed by Context.Export(exporterContext, length).
  @Override
  public final byte[] exportReceiver(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput,
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

  private AsymmetricCipherKeyPair receiverKeys(HPKE h, byte[] privateKey, byte[] publicKey, byte[] kemOutput) {
    checkReceiverLengths(h, privateKey, publicKey, kemOutput);
    try {
      return h.deserializePrivateKey(privateKey, publicKey);
    } catch (RuntimeException e) {
      throw new CryptoException("HPKE key pair does not parse");
    }
  }

  final AsymmetricKeyParameter publicKey(byte[] encoded) {
    AsymmetricKeyParameter key = recipients.get(encoded);
    if (key == null) {
      throw new CryptoException("HPKE public key does not parse");
    }
    return key;
  }
}
