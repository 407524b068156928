package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.util.Objects;

/// What one load run measured: completed calls, failed calls, wall time, latency percentiles, and the CPU time
/// the whole process (client and server) used, which a busy machine disturbs far less than wall time, and the JIT
/// compilers' time within it (a run that still compiles has not reached its steady state).
public record LoadResult(String name, long calls, long failures, Duration elapsed, Duration p50, Duration p99,
                         Duration cpu, Duration jit) {
  public LoadResult {
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(jit, "jit");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p99, "p99");
  }

  /// Process CPU time per completed call, in microseconds.
  public double cpuMicrosPerCall() {
    return calls == 0 ? 0 : cpu.toNanos() / 1e3 / calls;
  }

  public double callsPerSecond() {
    return elapsed.isZero() ? 0 : calls / (elapsed.toNanos() / 1e9);
  }
}
