package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.application.port.in.client.WatchInboxCommand;
import java.time.Duration;
import java.util.Optional;

/// How the inbox watch runs: the defaults, with the poll interval and first reconnect delay overridable (tests make
/// them short so a fallback to polling or a reconnect shows within their timeouts).
public final class WatchSettings {
  private WatchSettings() {}

  public static WatchInboxCommand of(Optional<String> pollSeconds, Optional<String> backoffMillis) {
    WatchInboxCommand defaults = WatchInboxCommand.DEFAULTS;
    Duration poll = pollSeconds.map(text -> Duration.ofSeconds(positive(text, "poll seconds")))
        .orElse(defaults.pollInterval());
    Duration backoff = backoffMillis.map(text -> Duration.ofMillis(positive(text, "backoff milliseconds")))
        .orElse(defaults.initialBackoff());
    Duration maxBackoff = backoff.compareTo(defaults.maxBackoff()) > 0 ? backoff : defaults.maxBackoff();
    return new WatchInboxCommand(backoff, maxBackoff, poll, defaults.replenishBelow());
  }

  private static long positive(String text, String what) {
    try {
      long value = Long.parseLong(text.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw CliFailure.usage(what + " must be a positive number, got '" + text + "'");
  }
}
