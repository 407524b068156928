package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/// A bounded cache from serialised public keys to their parsed form.
///
/// Verification in MLS repeats under the same keys (every leaf of a tree, every message of a member). Parsing a key
/// means point decompression or validation, and BouncyCastle stores its multiplication tables on the parsed point,
/// so keeping the object also keeps those tables. Only public values are cached; a failed parse is not cached.
/// When full, the cache is simply cleared: cheap, and a working set larger than the bound stays correct.
final class PublicKeyCache<T> {

  private final int capacity;
  private final Function<byte[], T> parser;
  private final ConcurrentHashMap<Bytes, T> entries = new ConcurrentHashMap<>();

  /// `parser` returns null for a key that does not parse.
  PublicKeyCache(int capacity, Function<byte[], T> parser) {
    this.capacity = capacity;
    this.parser = parser;
  }

  /// The parsed key, or null if it does not parse.
  T get(byte[] encoded) {
    Bytes key = Bytes.of(encoded);
    T cached = entries.get(key);
    if (cached != null) {
      return cached;
    }
    T parsed = parser.apply(encoded);
    if (parsed != null) {
      if (entries.size() >= capacity) {
        entries.clear();
      }
      entries.put(key, parsed);
    }
    return parsed;
  }
}
