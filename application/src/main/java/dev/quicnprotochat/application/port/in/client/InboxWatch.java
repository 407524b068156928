package dev.quicnprotochat.application.port.in.client;

/// A running [WatchInboxUseCase]. Closing it ends the subscription and stops processing (idempotent).
public interface InboxWatch extends AutoCloseable {

  /// Processes the inbox now (as a push event would), without waiting for an event.
  void fetchNow();

  /// The latest status reported to the listener.
  WatchStatus status();

  @Override
  void close();
}
