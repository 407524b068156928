package dev.quicnprotochat.opaque;

import java.security.SecureRandom;

/// The only source of randomness in this module: blinds, nonces and key-share seeds are all drawn from it, in the
/// order the RFCs list them. Production code uses [#secure()]; conformance tests inject a fixed byte stream so the
/// official vectors replay exactly (as facebook/opaque-ke feeds a mock RNG).
@FunctionalInterface
public interface OpaqueRandom {

  /// Fills `out` with random bytes.
  void nextBytes(byte[] out);

  /// Returns `length` fresh random bytes.
  default byte[] nextBytes(int length) {
    byte[] out = new byte[length];
    nextBytes(out);
    return out;
  }

  /// A [SecureRandom]-backed source with the platform's default strong algorithm.
  static OpaqueRandom secure() {
    SecureRandom random = new SecureRandom();
    return random::nextBytes;
  }
}
