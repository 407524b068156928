package dev.quicnprotochat.application.port.in;

/// Resolves a session token to its [Caller]; every call but ping and the OPAQUE steps goes through it.
@FunctionalInterface
public interface AuthenticateUseCase {

  AuthenticateResult authenticate(AuthenticateCommand command);
}
