package dev.quicnprotochat.mls.bench;

import java.util.Optional;

/// The primitives the crypto floor counts, each with the [CryptoBenchmark] method that measures it on a small input
/// of [#smallBytes] bytes and, for those whose cost grows with the input, the method that measures it on
/// [CryptoBenchmark#LARGE] bytes (from which the floor takes a per-byte cost).
public enum Primitive {
  SIGN("signWithLabel", 200, "signWithLabel64k"),
  VERIFY("verifyWithLabel", 200, "verifyWithLabel64k"),
  HPKE_ENCRYPT("encryptWithLabel", 0, null),
  HPKE_DECRYPT("decryptWithLabel", 0, null),
  DERIVE_KEY_PAIR("deriveKeyPair", 0, null),
  AEAD("aeadSeal200", 200, "aeadSeal64k"),
  HASH("hash256", 256, "hash64k");

  private final String benchmark;
  private final int smallBytes;
  private final String largeBenchmark;

  Primitive(String benchmark, int smallBytes, String largeBenchmark) {
    this.benchmark = benchmark;
    this.smallBytes = smallBytes;
    this.largeBenchmark = largeBenchmark;
  }

  /// The [CryptoBenchmark] method name.
  public String benchmark() {
    return benchmark;
  }

  /// The input size of [#benchmark] (0 where the input has a fixed size: an HPKE key and an Nh-byte secret).
  public int smallBytes() {
    return smallBytes;
  }

  /// The [CryptoBenchmark] method over [CryptoBenchmark#LARGE] bytes, if the cost grows with the input.
  public Optional<String> largeBenchmark() {
    return Optional.ofNullable(largeBenchmark);
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
