package dev.quicnprotochat.application.port.in;

/// The server requires an access code (`auth_token`) for registration and the request's was missing or wrong.
public record RegistrationDenied() implements StartRegistrationResult, FinishRegistrationResult {}
