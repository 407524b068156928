package dev.quicnprotochat.application.port.in;

/// Reads the caller's inbox after a cursor, without removing anything.
@FunctionalInterface
public interface FetchInboxUseCase {

  FetchInboxResult fetchInbox(FetchInboxCommand command);
}
