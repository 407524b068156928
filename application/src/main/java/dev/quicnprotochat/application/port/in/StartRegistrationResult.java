package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// What [StartRegistrationUseCase] answers.
public sealed interface StartRegistrationResult
    permits StartRegistrationResult.RegistrationChallenge, UsernameTaken, RegistrationDenied, InvalidRequest {

  /// The OPAQUE `RegistrationResponse` for the client.
  record RegistrationChallenge(Bytes registrationResponse) implements StartRegistrationResult {

    public RegistrationChallenge {
      Objects.requireNonNull(registrationResponse, "registration response");
    }
  }
}
