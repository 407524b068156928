package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// The echo baseline stays usable between runs: each run counts only its own calls.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EchoBaselineIntegrationTest {

  @Test
  void eachRunOnTheSameBaselineCountsOnlyItsOwnCalls() throws Exception {
    try (EchoBaseline echo = EchoBaseline.start(2, 3)) {
      LoadResult first = echo.run("first", 200, Duration.ofSeconds(20));
      LoadResult second = echo.run("second", 120, Duration.ofSeconds(20));

      assertEquals(200, first.calls());
      assertEquals(120, second.calls());
      for (LoadResult result : new LoadResult[] {first, second}) {
        assertEquals(0, result.failures(), result.name());
        assertTrue(result.p50().compareTo(result.p99()) <= 0, result.name());
        assertTrue(result.callsPerSecond() > 0, result.name());
      }
      assertTrue(echo.payloadBytes() > 0);
    }
  }

  @Test
  void refusesAShapeOutsideItsLimits() {
    assertThrows(IllegalArgumentException.class, () -> EchoBaseline.start(0, 3));
    assertThrows(IllegalArgumentException.class, () -> EchoBaseline.start(2, 0));
  }
}
