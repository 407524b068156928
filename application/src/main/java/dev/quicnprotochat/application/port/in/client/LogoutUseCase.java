package dev.quicnprotochat.application.port.in.client;

/// Revokes the session on the server and forgets the cached token (forgotten even when the server is unreachable).
@FunctionalInterface
public interface LogoutUseCase {

  LogoutResult logout(LogoutCommand command);
}
