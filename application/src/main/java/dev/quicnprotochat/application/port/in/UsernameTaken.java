package dev.quicnprotochat.application.port.in;

/// Another user registered this username first.
public record UsernameTaken() implements StartRegistrationResult, FinishRegistrationResult {}
