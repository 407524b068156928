package dev.quicnprotochat.application.port.in.client;

import java.time.Duration;
import java.util.Objects;

/// The state of an [InboxWatch], for a status line.
public sealed interface WatchStatus {

  /// A push subscription is open: messages arrive the moment they are sent.
  record Subscribed() implements WatchStatus {}

  /// The subscription broke (`reason`, one line); the next attempt, number `attempt`, is in `retryIn`.
  record Reconnecting(int attempt, Duration retryIn, String reason) implements WatchStatus {
    public Reconnecting {
      Objects.requireNonNull(retryIn, "retryIn");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /// No subscription can be opened (`reason`); the inbox is polled every `interval` meanwhile.
  record Polling(Duration interval, String reason) implements WatchStatus {
    public Polling {
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /// A drain failed and needs the user (the session expired or was revoked, no identity): the watch has stopped.
  record Stopped(String reason) implements WatchStatus {
    public Stopped {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /// The watch was closed.
  record Closed() implements WatchStatus {}
}
