package dev.quicnprotochat.application.port.in.client;

/// Registers the profile's identity under a username with OPAQUE (RFC 9807 §5), creating the identity first when
/// the profile has none.
@FunctionalInterface
public interface RegisterUseCase {

  RegisterResult register(RegisterCommand command);
}
