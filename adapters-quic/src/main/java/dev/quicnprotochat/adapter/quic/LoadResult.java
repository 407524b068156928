package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.util.Objects;

/// What one load run measured: completed calls, failed calls, wall time, and latency percentiles.
public record LoadResult(String name, long calls, long failures, Duration elapsed, Duration p50, Duration p99) {
  public LoadResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p99, "p99");
  }

  public double callsPerSecond() {
    return elapsed.isZero() ? 0 : calls / (elapsed.toNanos() / 1e9);
  }
}
