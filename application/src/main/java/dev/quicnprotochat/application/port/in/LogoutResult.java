package dev.quicnprotochat.application.port.in;

/// What [LogoutUseCase] answers.
public sealed interface LogoutResult
    permits LogoutResult.LoggedOut, Unauthenticated {

  /// The session is revoked.
  record LoggedOut() implements LogoutResult {}
}
