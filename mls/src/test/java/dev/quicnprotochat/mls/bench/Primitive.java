package dev.quicnprotochat.mls.bench;

/// The primitives the crypto floor counts, each with the [CryptoBenchmark] method that measures it.
public enum Primitive {
  SIGN("signWithLabel"),
  VERIFY("verifyWithLabel"),
  HPKE_ENCRYPT("encryptWithLabel"),
  HPKE_DECRYPT("decryptWithLabel"),
  DERIVE_KEY_PAIR("deriveKeyPair"),
  AEAD("aeadSeal200"),
  HASH("hash256");

  private final String benchmark;

  Primitive(String benchmark) {
    this.benchmark = benchmark;
  }

  /// The [CryptoBenchmark] method name.
  public String benchmark() {
    return benchmark;
  }
}
