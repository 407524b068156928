package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// What [EnsureSessionUseCase] answers.
public sealed interface EnsureSessionResult permits EnsureSessionResult.SessionReady, EnsureSessionResult.Refused,
    ServerRefused, ServerUnreachable {

  /// How the session came about.
  enum How { CACHED, LOGGED_IN, REGISTERED }

  /// The gateway holds a valid session for `username`.
  record SessionReady(Username username, How how) implements EnsureSessionResult {
    public SessionReady {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(how, "how");
    }
  }

  /// No session: `reason` is one line to show (wrong password, username taken by someone else, ...).
  record Refused(String reason) implements EnsureSessionResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
