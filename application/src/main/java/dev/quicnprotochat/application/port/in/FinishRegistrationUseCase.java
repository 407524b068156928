package dev.quicnprotochat.application.port.in;

/// Last OPAQUE registration step: stores the user's record bound to its username and identity key.
@FunctionalInterface
public interface FinishRegistrationUseCase {

  FinishRegistrationResult finishRegistration(FinishRegistrationCommand command);
}
