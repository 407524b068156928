package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.util.Objects;

/// One benchmark run: `connections` × `inFlight` closed-loop callers share a budget of `calls` (or stop at
/// `maxDuration`) per variant and round, after `warmupCalls` unmeasured calls per variant. `rounds` alternate the
/// two variants so that a noisy neighbour hurts both alike; the report keeps each variant's median round.
public record BenchSettings(int connections, int inFlight, int calls, Duration maxDuration, int warmupCalls,
                            int rounds) {
  public BenchSettings {
    Objects.requireNonNull(maxDuration, "maxDuration");
    if (connections < 1 || connections > 64) {
      throw new IllegalArgumentException("connections must be 1..64, got " + connections);
    }
    if (inFlight < 1 || inFlight > 1000) {
      throw new IllegalArgumentException("calls in flight per connection must be 1..1000, got " + inFlight);
    }
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1, got " + calls);
    }
    if (warmupCalls < 0) {
      throw new IllegalArgumentException("warm-up calls must be 0 or more, got " + warmupCalls);
    }
    if (rounds < 1 || rounds > 99) {
      throw new IllegalArgumentException("rounds must be 1..99, got " + rounds);
    }
    if (maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("max duration must be positive");
    }
  }
}
