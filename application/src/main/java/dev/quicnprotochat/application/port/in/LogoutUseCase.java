package dev.quicnprotochat.application.port.in;

/// Ends the caller's session: its token stops working at once.
@FunctionalInterface
public interface LogoutUseCase {

  LogoutResult logout(LogoutCommand command);
}
