package dev.quicnprotochat.application.port.in.client;

import java.time.Duration;
import java.util.Objects;

/// How to watch: the first reconnect delay (doubling up to `maxBackoff`), how often to poll while no
/// subscription is open, and the key-package count below which to publish more.
public record WatchInboxCommand(Duration initialBackoff, Duration maxBackoff, Duration pollInterval,
                                int replenishBelow) {

  public static final WatchInboxCommand DEFAULTS =
      new WatchInboxCommand(Duration.ofMillis(250), Duration.ofSeconds(30), Duration.ofSeconds(5), 10);

  public WatchInboxCommand {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be positive and at most maxBackoff");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
    if (replenishBelow < 0) {
      throw new IllegalArgumentException("the replenish threshold must not be negative");
    }
  }
}
