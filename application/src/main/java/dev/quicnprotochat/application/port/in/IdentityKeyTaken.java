package dev.quicnprotochat.application.port.in;

/// Another user registered this identity key.
public record IdentityKeyTaken() implements FinishRegistrationResult {}
