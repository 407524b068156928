package dev.quicnprotochat.adapter.quic;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/// The JIT compilers' accumulated time, for benchmarks: compilation during a measured phase means the code is not
/// yet at its steady state, and the compiler threads' CPU is counted in the process CPU per call.
public final class JitClock {

  private JitClock() {
  }

  /// Milliseconds the JIT compilers have spent so far (summed over compiler threads), or 0 if the JVM does not say.
  public static long compilationMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }
}
