package dev.quicnprotochat.adapter.quic;

import java.util.function.LongSupplier;

/// A token bucket: up to `perSecond` calls at once, refilled at `perSecond` tokens per second. Not thread-safe
/// by itself; [CallRateLimiter] synchronises on it.
final class TokenBucket {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final int perSecond;
  private final LongSupplier nanoTime;
  private double tokens;
  private long refilledAt;

  TokenBucket(int perSecond, LongSupplier nanoTime) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("rate must be at least 1 per second");
    }
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
    this.tokens = perSecond;
    this.refilledAt = nanoTime.getAsLong();
  }

  /// Takes one token if there is one.
  boolean tryTake() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(perSecond, tokens + (now - refilledAt) * (double) perSecond / NANOS_PER_SECOND);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
