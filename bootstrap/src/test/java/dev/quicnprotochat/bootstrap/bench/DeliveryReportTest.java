package dev.quicnprotochat.bootstrap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.LoadResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The verdict takes the median of the rounds' ratios and the worst round's p99.
class DeliveryReportTest {

  @Test
  void medianRatioIsTheMiddleRoundsRatio() {
    // delivery 1 000 msgs/s in every round against echo 10 000, 2 000 and 4 000 calls/s: ratios 10 %, 50 %, 25 %
    DeliveryReport report = new DeliveryReport(List.of(round(1, 1_000, 10_000, 5), round(2, 1_000, 2_000, 5),
        round(3, 1_000, 4_000, 5)));

    assertEquals(0.25, report.medianRatio(), 1e-9);
    assertTrue(report.meetsTarget());
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    DeliveryReport report = new DeliveryReport(List.of(round(1, 1_000, 10_000, 5), round(2, 1_000, 2_000, 5)));

    assertEquals(0.30, report.medianRatio(), 1e-9);
  }

  @Test
  void oneRoundOverTheLatencyBoundFailsTheTarget() {
    DeliveryReport report = new DeliveryReport(List.of(round(1, 1_000, 2_000, 5), round(2, 1_000, 2_000, 21),
        round(3, 1_000, 2_000, 5)));

    assertEquals(Duration.ofMillis(21), report.worstP99());
    assertEquals(Duration.ofMillis(5), report.medianP99());
    assertFalse(report.meetsTarget());
  }

  @Test
  void aMedianBelowTheRatioFailsTheTargetEvenIfOneRoundMeetsIt() {
    DeliveryReport report = new DeliveryReport(List.of(round(1, 1_000, 2_000, 5), round(2, 1_000, 5_000, 5),
        round(3, 1_000, 5_000, 5)));

    assertEquals(0.20, report.medianRatio(), 1e-9);
    assertFalse(report.meetsTarget());
  }

  @Test
  void aRoundThatLostAMessageIsReported() {
    DeliveryRound lossy = new DeliveryRound(2, true, delivery(1_000, 999, 5), echo(2_000));

    assertEquals(1, lossy.lost());
    assertFalse(new DeliveryReport(List.of(round(1, 1_000, 2_000, 5), lossy)).nothingLost());
    assertTrue(new DeliveryReport(List.of(round(1, 1_000, 2_000, 5))).nothingLost());
  }

  @Test
  void aReportNeedsARound() {
    assertThrows(IllegalArgumentException.class, () -> new DeliveryReport(List.of()));
  }

  /// A round whose delivery phase delivered `perSecond` messages in one second, beside `echoPerSecond` echo calls.
  private static DeliveryRound round(int number, long perSecond, long echoPerSecond, long p99Millis) {
    return new DeliveryRound(number, number % 2 == 0, delivery(perSecond, perSecond, p99Millis), echo(echoPerSecond));
  }

  private static DeliveryResult delivery(long sent, long delivered, long p99Millis) {
    return new DeliveryResult(sent, delivered, 0, Duration.ofSeconds(1), Duration.ofMillis(1),
        Duration.ofMillis(p99Millis), 0, 0, Duration.ofMillis(400), delivered, 1, Duration.ZERO);
  }

  private static LoadResult echo(long calls) {
    return new LoadResult("raw QUIC echo", calls, 0, Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(2),
        Duration.ofMillis(100), Duration.ZERO);
  }
}
