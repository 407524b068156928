package dev.quicnprotochat.bootstrap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.LoadResult;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// A tiny delivery benchmark run in two rounds: in each, every message sent is fetched by its receiver, with a
/// latency recorded for each, and the echo phase makes all its calls; each round counts only its own messages.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeliveryBenchmarkIntegrationTest {

  private static final int MESSAGES = 300;
  private static final int ROUNDS = 2;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "blocking clients: {0}")
  @ValueSource(booleans = {false, true})
  void everyRoundDeliversAndTimesEverySentMessageBesideAnEchoPhase(boolean blockingClients) throws Exception {
    DeliverySettings settings = new DeliverySettings(2, 3, 4, MESSAGES, 50, ROUNDS, 64, Duration.ofSeconds(30),
        true, blockingClients);
    var config = ServerConfigLoader.load(Optional.empty(), Map.of(), Map.of("listen", "127.0.0.1:0",
        "data_dir", dir.toString(), "store_backend", "file"));

    List<DeliveryRound> announced = new ArrayList<>();
    DeliveryReport report = DeliveryComparison.run(settings, config, announced::add);

    assertEquals(ROUNDS, report.rounds().size());
    assertEquals(report.rounds(), announced);
    assertTrue(report.nothingLost());
    for (DeliveryRound round : report.rounds()) {
      DeliveryResult result = round.delivery();
      assertEquals(MESSAGES, result.sent(), round.toString());
      assertEquals(MESSAGES, result.delivered(), round.toString());
      assertEquals(0, result.failures(), round.toString());
      assertEquals(0, round.lost(), round.toString());
      assertTrue(result.p50().compareTo(Duration.ZERO) > 0 && result.p99().compareTo(result.p50()) >= 0,
          round.toString());
      assertTrue(result.deliveredPerSecond() > 0, round.toString());
      // every delivered entry came back from some fetch, and a page holds at most 500: at least one fetch per
      // receiver that got anything, never more fetches than entries plus the empty ones after a poll or a wake-up
      assertTrue(result.fetchCalls() >= 3 && result.fetchCalls() <= MESSAGES + 3L * 600, round.toString());
      assertTrue(result.ackCalls() >= 0 && result.ackCalls() <= result.fetchCalls(), round.toString());

      LoadResult echo = round.echo();
      assertEquals(MESSAGES, echo.calls(), round.toString());
      assertEquals(0, echo.failures(), round.toString());
      assertTrue(round.throughputRatio() > 0 && round.cpuRatio() > 0, round.toString());
    }
    // rounds alternate which phase goes first
    assertFalse(report.rounds().get(0).echoFirst());
    assertTrue(report.rounds().get(1).echoFirst());
    assertEquals(1, report.rounds().get(0).number());
    assertEquals(2, report.rounds().get(1).number());
  }
}
