package dev.quicnprotochat.application.port.in;

/// First OPAQUE registration step (RFC 9807 §5.2): answers the client's registration request.
@FunctionalInterface
public interface StartRegistrationUseCase {

  StartRegistrationResult startRegistration(StartRegistrationCommand command);
}
