package dev.quicnprotochat.application.port.in.client;

/// Reports the profile's identity and cached session, without calling the server.
@FunctionalInterface
public interface WhoAmIUseCase {

  WhoAmIResult whoAmI(WhoAmICommand command);
}
