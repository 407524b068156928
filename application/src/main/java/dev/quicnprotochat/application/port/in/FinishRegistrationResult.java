package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// What [FinishRegistrationUseCase] answers.
public sealed interface FinishRegistrationResult
    permits FinishRegistrationResult.Registered, UsernameTaken, IdentityKeyTaken, RegistrationDenied, InvalidRequest {

  /// The user exists now and can log in.
  record Registered(Username username, IdentityKey identityKey) implements FinishRegistrationResult {

    public Registered {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(identityKey, "identity key");
    }
  }
}
