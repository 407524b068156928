package dev.quicnprotochat.application.port.in.client;

/// Receives what an [InboxWatch] does, on the profile's worker thread: print and return quickly.
public interface InboxWatchListener {

  /// One drain of the inbox processed these events (never called with an empty drain).
  void processed(ProcessInboxResult.Processed result);

  /// The connection status changed (subscribed, reconnecting, polling, or a drain the server refused).
  void statusChanged(WatchStatus status);
}
