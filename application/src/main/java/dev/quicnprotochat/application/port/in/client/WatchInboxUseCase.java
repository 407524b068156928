package dev.quicnprotochat.application.port.in.client;

/// Receiving in the background (DESIGN.md §2, §4): keeps a push subscription open and processes the inbox the
/// moment the server announces an entry; when the subscription breaks it reconnects with exponential backoff,
/// and while it cannot subscribe it polls. After each drain it replenishes key packages below the threshold.
///
/// Needs a session (EnsureSession first). Returns at once; events go to the listener until the watch is closed.
@FunctionalInterface
public interface WatchInboxUseCase {

  InboxWatch watch(WatchInboxCommand command, InboxWatchListener listener);
}
