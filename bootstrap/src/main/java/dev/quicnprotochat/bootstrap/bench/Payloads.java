package dev.quicnprotochat.bootstrap.bench;

/// The benchmark's payload: the sender's `System.nanoTime()` at the send call in the first 8 bytes (big-endian),
/// zeros after. Senders and receivers run in one process, so the clock is shared.
final class Payloads {

  private Payloads() {
  }

  static void stamp(byte[] payload, long nanos) {
    for (int i = 0; i < Long.BYTES; i++) {
      payload[i] = (byte) (nanos >>> (56 - 8 * i));
    }
  }

  static long stampOf(byte[] payload) {
    long nanos = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      nanos = (nanos << 8) | (payload[i] & 0xff);
    }
    return nanos;
  }
}
