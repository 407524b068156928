package dev.quicnprotochat.application.port.out.client;

/// Receives the events of a push subscription, on a transport thread: implementations return quickly (hand work
/// to another thread) and never block.
public interface ServerPushListener {

  /// The caller's inbox now holds an entry with `sequence`: fetch after the last processed cursor.
  void inboxChanged(long sequence);

  /// The subscription ended without the client closing it (connection lost, server stopping, session over);
  /// `reason` is one line. Subscribe again (and fetch, since events may have been missed).
  void subscriptionEnded(String reason);
}
