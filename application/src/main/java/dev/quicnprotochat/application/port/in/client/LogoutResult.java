package dev.quicnprotochat.application.port.in.client;

/// What [LogoutUseCase] answers: whether the server confirmed the revocation (false when it could not be
/// reached; the token then expires on its own) and whether a cached token was forgotten.
public record LogoutResult(boolean revokedOnServer, boolean forgotCachedToken) {}
