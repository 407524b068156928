package dev.quicnprotochat.application.port.in;

/// Looks up the username registered for an identity key.
@FunctionalInterface
public interface ResolveIdentityUseCase {

  ResolveIdentityResult resolveIdentity(ResolveIdentityCommand command);
}
