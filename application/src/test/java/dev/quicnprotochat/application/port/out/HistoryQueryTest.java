package dev.quicnprotochat.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void limitMustBeBetweenOneAndTheMaximum() {
    assertThrows(IllegalArgumentException.class, () -> HistoryQuery.latest(0));
    assertThrows(IllegalArgumentException.class, () -> new HistoryQuery.Before(5, HistoryQuery.MAX_LIMIT + 1));
    assertEquals(HistoryQuery.MAX_LIMIT, new HistoryQuery.After(0, HistoryQuery.MAX_LIMIT).limit());
  }

  @Test
  void afterStartsAtZeroOrLater() {
    assertThrows(IllegalArgumentException.class, () -> new HistoryQuery.After(-1, 10));
  }

  @Test
  void timeRangeMustBeNonEmpty() {
    assertThrows(IllegalArgumentException.class, () -> new HistoryQuery.SentBetween(T, T, 10));
    assertThrows(IllegalArgumentException.class, () -> new HistoryQuery.SentBetween(T.plusSeconds(1), T, 10));
    assertEquals(10, new HistoryQuery.SentBetween(T, T.plusMillis(1), 10).limit());
  }
}
