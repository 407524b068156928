package dev.quicnprotochat.application.port.in.client;

/// The latest messages of one conversation, oldest first.
@FunctionalInterface
public interface ShowHistoryUseCase {

  ShowHistoryResult showHistory(ShowHistoryCommand command);
}
