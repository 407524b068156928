package dev.quicnprotochat.application.port.in;

/// What [AuthenticateUseCase] answers.
public sealed interface AuthenticateResult
    permits Caller, Unauthenticated {}
