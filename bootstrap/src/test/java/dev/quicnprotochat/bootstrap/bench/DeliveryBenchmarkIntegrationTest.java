package dev.quicnprotochat.bootstrap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// A tiny delivery benchmark run: every message sent is fetched by its receiver, with a latency recorded for each.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeliveryBenchmarkIntegrationTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "blocking clients: {0}")
  @ValueSource(booleans = {false, true})
  void everySentMessageIsDeliveredAndTimed(boolean blockingClients) throws Exception {
    DeliverySettings settings = new DeliverySettings(2, 3, 4, 300, 50, 64, Duration.ofSeconds(30), true,
        blockingClients);
    var config = ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of("listen", "127.0.0.1:0",
        "data_dir", dir.toString(), "store_backend", "file"));

    DeliveryResult result;
    try (DeliveryBenchmark bench = DeliveryBenchmark.start(settings, config)) {
      result = bench.run();
    }

    assertEquals(300, result.sent());
    assertEquals(300, result.delivered());
    assertEquals(0, result.failures());
    assertTrue(result.p50().compareTo(Duration.ZERO) > 0 && result.p99().compareTo(result.p50()) >= 0,
        result.toString());
    assertTrue(result.deliveredPerSecond() > 0, result.toString());
    // every delivered entry came back from some fetch, and a page holds at most 500: at least one fetch per
    // receiver that got anything, never more fetches than entries plus the empty ones after a poll or a wake-up
    assertTrue(result.fetchCalls() >= 3 && result.fetchCalls() <= 300 + 3L * 600, result.toString());
    assertTrue(result.ackCalls() >= 0 && result.ackCalls() <= result.fetchCalls(), result.toString());
  }
}
