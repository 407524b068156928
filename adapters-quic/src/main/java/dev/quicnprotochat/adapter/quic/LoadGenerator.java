package dev.quicnprotochat.adapter.quic;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/// Closed-loop load: each of `callers` slots issues a call, waits for it, and issues the next, until the call
/// budget or the deadline runs out. Latency is per call, from issue to the decoded answer.
final class LoadGenerator {
  private LoadGenerator() {}

  static <C> LoadResult run(String name, List<C> clients, int inFlight, int calls, Duration maxDuration,
                            Function<C, CompletableFuture<?>> call) throws InterruptedException {
    long[] latencies = new long[calls];
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger recorded = new AtomicInteger();
    AtomicLong failures = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients.size() * inFlight);
    long cpuStart = processCpuNanos();
    long jitStart = JitClock.compilationMillis();
    long start = System.nanoTime();
    long deadline = start + maxDuration.toNanos();
    for (C client : clients) {
      for (int slot = 0; slot < inFlight; slot++) {
        new Caller<>(client, call, latencies, issued, recorded, failures, done, calls, deadline).next();
      }
    }
    if (!done.await(maxDuration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + ": calls still in flight 30 s after the deadline");
    }
    long elapsed = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuStart;
    long jit = JitClock.compilationMillis() - jitStart;
    int count = Math.min(recorded.get(), calls);
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return new LoadResult(name, count, failures.get(), Duration.ofNanos(elapsed),
        Duration.ofNanos(percentile(sorted, 0.50)), Duration.ofNanos(percentile(sorted, 0.99)),
        Duration.ofNanos(Math.max(0, cpu)), Duration.ofMillis(Math.max(0, jit)));
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private record Caller<C>(C client, Function<C, CompletableFuture<?>> call, long[] latencies, AtomicInteger issued,
                           AtomicInteger recorded, AtomicLong failures, CountDownLatch done, int budget,
                           long deadline) {
    void next() {
      if (issued.getAndIncrement() >= budget || System.nanoTime() >= deadline) {
        done.countDown();
        return;
      }
      long started = System.nanoTime();
      call.apply(client).whenComplete((result, failure) -> {
        if (failure != null) {
          failures.incrementAndGet();
        } else {
          int index = recorded.getAndIncrement();
          if (index < latencies.length) {
            latencies[index] = System.nanoTime() - started;
          }
        }
        next();
      });
    }
  }
}
