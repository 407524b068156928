package dev.quicnprotochat.application.port.in;

/// Deletes the caller's inbox entries up to a sequence number.
@FunctionalInterface
public interface AckInboxUseCase {

  AckInboxResult ackInbox(AckInboxCommand command);
}
