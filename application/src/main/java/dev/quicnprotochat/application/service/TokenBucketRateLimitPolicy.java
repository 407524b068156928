package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// A token bucket per session: `burst` calls at once, refilled at `callsPerSecond`. Buckets live in memory on the node
/// that serves the session's connection; idle ones are dropped when the map grows.
public final class TokenBucketRateLimitPolicy implements RateLimitPolicy {

  private static final int PRUNE_THRESHOLD = 100_000;
  private static final Duration IDLE = Duration.ofMinutes(5);

  private final double callsPerSecond;
  private final double burst;
  private final Clock clock;
  private final Map<SessionTokenHash, Bucket> buckets = new ConcurrentHashMap<>();

  public TokenBucketRateLimitPolicy(double callsPerSecond, int burst, Clock clock) {
    if (!(callsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
    }
    this.callsPerSecond = callsPerSecond;
    this.burst = burst;
    this.clock = clock;
  }

  @Override
  public Optional<RateLimited> tryAcquire(SessionTokenHash session) {
    long nowNanos = nanos();
    if (buckets.size() > PRUNE_THRESHOLD) {
      buckets.values().removeIf(bucket -> bucket.idleSince(nowNanos) > IDLE.toNanos());
    }
    Bucket bucket = buckets.computeIfAbsent(session, key -> new Bucket(burst, nowNanos));
    synchronized (bucket) {
      bucket.refill(nowNanos, callsPerSecond, burst);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Optional.empty();
      }
      double missing = 1 - bucket.tokens;
      return Optional.of(new RateLimited(Duration.ofNanos((long) Math.ceil(missing / callsPerSecond * 1e9))));
    }
  }

  private long nanos() {
    var now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static final class Bucket {
    double tokens;
    long lastNanos;

    Bucket(double tokens, long lastNanos) {
      this.tokens = tokens;
      this.lastNanos = lastNanos;
    }

    void refill(long nowNanos, double perSecond, double capacity) {
      if (nowNanos > lastNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
        lastNanos = nowNanos;
      }
    }

    synchronized long idleSince(long nowNanos) {
      return nowNanos - lastNanos;
    }
  }
}
