package dev.quicnprotochat.application.port.in;

/// Last OPAQUE login step: checks KE3 and issues a session token bound to the user and identity key.
@FunctionalInterface
public interface FinishLoginUseCase {

  FinishLoginResult finishLogin(FinishLoginCommand command);
}
