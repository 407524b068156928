package dev.quicnprotochat.adapter.cli.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.in.client.WatchStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusLinesTest {
  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(new WatchStatus.Subscribed(), "* connection: subscribed, messages arrive as they are sent"),
        Arguments.of(new WatchStatus.Reconnecting(3, Duration.ofMillis(1500), "stream reset"),
            "* connection: lost (stream reset), reconnecting in 1.5 s (attempt 3)"),
        Arguments.of(new WatchStatus.Polling(Duration.ofSeconds(5), "server unreachable"),
            "* connection: cannot subscribe (server unreachable), checking every 5 s"),
        Arguments.of(new WatchStatus.Stopped("the session expired: run login"),
            "* connection: stopped receiving: the session expired: run login"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void everyStatusHasAConnectionLine(WatchStatus status, String line) {
    assertEquals(Optional.of(line), StatusLines.of(status));
  }

  @org.junit.jupiter.api.Test
  void closingPrintsNothing() {
    assertEquals(Optional.empty(), StatusLines.of(new WatchStatus.Closed()));
  }
}
