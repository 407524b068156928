package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// Keeps the load generator working; the figures themselves belong in docs/performance.md, not in assertions.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportBenchmarkIntegrationTest {
  @Test
  void smallRunCompletesEveryCallOfBothVariants() throws Exception {
    BenchReport report = TransportBenchmark.run(new BenchSettings(2, 4, 300, Duration.ofSeconds(20), 50, 2), "bench");
    assertEquals(2, report.pingRounds().size());
    assertEquals(2, report.echoRounds().size());
    for (LoadResult result : new LoadResult[] {report.ping(), report.echo()}) {
      assertEquals(300, result.calls(), result.name());
      assertEquals(0, result.failures(), result.name());
      assertTrue(result.p50().compareTo(result.p99()) <= 0, result.name());
      assertTrue(result.callsPerSecond() > 0, result.name());
      assertTrue(result.cpuMicrosPerCall() > 0, result.name());
    }
    assertTrue(report.payloadBytes() > 0);
  }
}
