package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// What [RegisterUseCase] answers.
public sealed interface RegisterResult permits RegisterResult.Registered, RegisterResult.UsernameTaken,
    RegisterResult.RegistrationClosed, ServerRefused, ServerUnreachable {

  /// `username` is now bound to `identityKey` on the server.
  record Registered(Username username, IdentityKey identityKey) implements RegisterResult {
    public Registered {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(identityKey, "identity key");
    }
  }

  /// Someone registered this username already.
  record UsernameTaken(Username username) implements RegisterResult {
    public UsernameTaken {
      Objects.requireNonNull(username, "username");
    }
  }

  /// The server needs its access code (`auth_token`) and it was missing or wrong.
  record RegistrationClosed() implements RegisterResult {}
}
