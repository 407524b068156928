package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.application.port.in.client.WatchStatus;
import java.time.Duration;
import java.util.Optional;

/// `* connection: ...` lines for the inbox watch's status changes.
public final class StatusLines {
  private StatusLines() {}

  /// The line for `status`; nothing for [WatchStatus.Closed] (the user closed it).
  public static Optional<String> of(WatchStatus status) {
    return switch (status) {
      case WatchStatus.Subscribed s -> Optional.of("* connection: subscribed, messages arrive as they are sent");
      case WatchStatus.Reconnecting r -> Optional.of("* connection: lost (" + Text.clean(r.reason())
          + "), reconnecting in " + seconds(r.retryIn()) + " (attempt " + r.attempt() + ")");
      case WatchStatus.Polling p -> Optional.of("* connection: cannot subscribe (" + Text.clean(p.reason())
          + "), checking every " + seconds(p.interval()));
      case WatchStatus.Stopped s -> Optional.of("* connection: stopped receiving: " + Text.clean(s.reason()));
      case WatchStatus.Closed c -> Optional.empty();
    };
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
