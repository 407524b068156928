package dev.quicnprotochat.application.port.in;

/// Looks up the identity key registered for a username.
@FunctionalInterface
public interface ResolveUserUseCase {

  ResolveUserResult resolveUser(ResolveUserCommand command);
}
