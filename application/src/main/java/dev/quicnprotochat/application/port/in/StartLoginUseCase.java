package dev.quicnprotochat.application.port.in;

/// First OPAQUE login step (RFC 9807 §6): answers KE1 with KE2, also for unknown users.
@FunctionalInterface
public interface StartLoginUseCase {

  StartLoginResult startLogin(StartLoginCommand command);
}
