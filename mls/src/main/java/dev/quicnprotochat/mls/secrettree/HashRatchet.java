package dev.quicnprotochat.mls.secrettree;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.Secret;
import java.util.Arrays;
import java.util.Iterator;
import java.util.TreeMap;

/// One symmetric hash ratchet of RFC 9420 §9.1:
///
/// ```
/// ratchet_key_[i]_[j]      = DeriveTreeSecret(ratchet_secret_[i]_[j], "key", j, AEAD.Nk)
/// ratchet_nonce_[i]_[j]    = DeriveTreeSecret(ratchet_secret_[i]_[j], "nonce", j, AEAD.Nn)
/// ratchet_secret_[i]_[j+1] = DeriveTreeSecret(ratchet_secret_[i]_[j], "secret", j, KDF.Nh)
/// ```
///
/// with `DeriveTreeSecret(secret, label, generation, length) = ExpandWithLabel(secret, label, uint32 generation,
/// length)`. Each generation's key is handed out at most once (§9.2: delete keys after use). Receivers may be
/// asked for generations ahead of the ratchet, up to `maxForwardDistance`; the keys skipped over are kept, at most
/// `maxSkippedKeys` of them (oldest dropped first), so messages that arrive out of order still decrypt.
/// Not thread-safe.
public final class HashRatchet {

  private static final long MAX_GENERATION = 0xffff_ffffL;

  private final CipherSuite suite;
  private final int maxForwardDistance;
  private final int maxSkippedKeys;
  private byte[] secret;
  private long generation;
  private final TreeMap<Long, RatchetKey> skipped = new TreeMap<>();

  HashRatchet(CipherSuite suite, byte[] initialSecret, int maxForwardDistance, int maxSkippedKeys) {
    this.suite = suite;
    this.secret = initialSecret;
    this.maxForwardDistance = maxForwardDistance;
    this.maxSkippedKeys = maxSkippedKeys;
  }

  /// The generation the next [#next()] call returns.
  public long nextGeneration() {
    return generation;
  }

  /// The key for the next generation, for sending; the ratchet moves past it.
  public RatchetKey next() {
    RatchetKey key = derive(generation);
    advance();
    return key;
  }

  /// The key for `wanted`, for receiving. A generation already used, or skipped and since dropped, is a
  /// [ValidationException] (`GENERATION`), as is one further ahead than `maxForwardDistance`.
  public RatchetKey get(long wanted) {
    if (wanted < 0 || wanted > MAX_GENERATION) {
      throw new ValidationException(ValidationCheck.GENERATION, "generation " + wanted + " is not a uint32");
    }
    if (wanted < generation) {
      RatchetKey key = skipped.remove(wanted);
      if (key == null) {
        throw new ValidationException(ValidationCheck.GENERATION, "key for generation " + wanted
            + " was already used or dropped");
      }
      return key;
    }
    if (wanted - generation > maxForwardDistance) {
      throw new ValidationException(ValidationCheck.GENERATION, "generation " + wanted + " is more than "
          + maxForwardDistance + " ahead of " + generation);
    }
    while (generation < wanted) {
      skipped.put(generation, derive(generation));
      advance();
    }
    trimSkipped();
    return next();
  }

  /// Puts back a key from [#get] whose message failed to decrypt, so that an intact copy of the message (delivery
  /// is at-least-once, and a corrupted copy may arrive first) still decrypts. Only for keys that opened nothing:
  /// restoring a key that decrypted a message would allow a replay.
  public void restore(RatchetKey key) {
    if (key.isDestroyed() || key.generation() >= generation || skipped.containsKey(key.generation())) {
      throw new UsageException("key for generation " + key.generation() + " cannot be restored");
    }
    skipped.put(key.generation(), key);
    trimSkipped();
  }

  /// How many skipped keys are held for late messages.
  public int skippedKeyCount() {
    return skipped.size();
  }

  private RatchetKey derive(long j) {
    byte[] context = context(j);
    return new RatchetKey(j,
        Secret.wrap(suite.expandWithLabel(secret, "key", context, suite.aeadKeyLength())),
        Secret.wrap(suite.expandWithLabel(secret, "nonce", context, suite.aeadNonceLength())));
  }

  private void advance() {
    if (generation == MAX_GENERATION) {
      throw new UsageException("hash ratchet exhausted at generation " + generation);
    }
    byte[] nextSecret = suite.expandWithLabel(secret, "secret", context(generation), suite.hashLength());
    Arrays.fill(secret, (byte) 0);
    secret = nextSecret;
    generation++;
  }

  private void trimSkipped() {
    Iterator<RatchetKey> oldest = skipped.values().iterator();
    while (skipped.size() > maxSkippedKeys) {
      oldest.next().destroy();
      oldest.remove();
    }
  }

  private static byte[] context(long generation) {
    return new TlsWriter(4).u32(generation).toByteArray();
  }

  /// An independent deep copy.
  HashRatchet copy() {
    HashRatchet c = new HashRatchet(suite, secret.clone(), maxForwardDistance, maxSkippedKeys);
    c.generation = generation;
    skipped.forEach((g, k) -> c.skipped.put(g, new RatchetKey(g, Secret.of(k.key().toByteArray()),
        Secret.of(k.nonce().toByteArray()))));
    return c;
  }

  /// `opaque secret<V>; uint32 generation; struct { uint32 generation; opaque key<V>; opaque nonce<V>; }
  /// skipped<V>` in generation order.
  void encodeState(TlsWriter w) {
    w.opaque(secret).u32(generation);
    w.vector(skipped.values(), (x, k) -> x.u32(k.generation()).opaque(k.key().toByteArray())
        .opaque(k.nonce().toByteArray()));
  }

  static HashRatchet decodeState(CipherSuite suite, TlsReader r, int maxForwardDistance, int maxSkippedKeys) {
    HashRatchet h = new HashRatchet(suite, r.opaque(), maxForwardDistance, maxSkippedKeys);
    h.generation = r.u32();
    for (RatchetKey k : r.vector(x -> new RatchetKey(x.u32(), Secret.wrap(x.opaque()), Secret.wrap(x.opaque())))) {
      if (k.generation() >= h.generation || h.skipped.put(k.generation(), k) != null) {
        throw new dev.quicnprotochat.mls.CodecException("skipped key generation " + k.generation() + " is invalid");
      }
    }
    return h;
  }

  /// Zeroes the ratchet secret and every kept key.
  void destroy() {
    Arrays.fill(secret, (byte) 0);
    skipped.values().forEach(RatchetKey::destroy);
    skipped.clear();
  }

  @Override
  public String toString() {
    return "HashRatchet[generation=" + generation + ", skipped=" + skipped.size() + "]";
  }
}
