package dev.quicnprotochat.application.port.in.client;

/// Logs in with OPAQUE (RFC 9807 §6) and caches the session token for later runs.
@FunctionalInterface
public interface LoginUseCase {

  LoginResult login(LoginCommand command);
}
