package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// What [StartLoginUseCase] answers. Unknown usernames get a challenge like everyone else.
public sealed interface StartLoginResult permits StartLoginResult.LoginChallenge, InvalidRequest, RateLimited {

  /// The OPAQUE `KE2` and the id to send back with `KE3`.
  record LoginChallenge(LoginAttemptId attempt, Bytes ke2) implements StartLoginResult {

    public LoginChallenge {
      Objects.requireNonNull(attempt, "attempt");
      Objects.requireNonNull(ke2, "KE2");
    }
  }
}
