package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.time.Instant;
import java.util.Objects;

/// What [FinishLoginUseCase] answers.
public sealed interface FinishLoginResult permits FinishLoginResult.LoggedIn, FinishLoginResult.LoginFailed {

  /// A new session: `token` is the only copy, for the client.
  record LoggedIn(SessionToken token, Username username, IdentityKey identityKey, Instant expiresAt)
      implements FinishLoginResult {

    public LoggedIn {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(identityKey, "identity key");
      Objects.requireNonNull(expiresAt, "expiry");
    }
  }

  /// Wrong password, unknown user, or an unknown or expired attempt: deliberately the same answer for all.
  record LoginFailed() implements FinishLoginResult {}
}
