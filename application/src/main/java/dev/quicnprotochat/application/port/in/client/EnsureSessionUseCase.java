package dev.quicnprotochat.application.port.in.client;

/// Zero-friction start: reuse a cached token the server still accepts, else log in, else (a fresh profile whose
/// username is free) register and log in.
@FunctionalInterface
public interface EnsureSessionUseCase {

  EnsureSessionResult ensureSession(EnsureSessionCommand command);
}
