package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.IdentityKey;

/// Tells a subscribed client (possibly on another node) that its inbox has a new entry, so it needs no polling.
/// Best effort: called after the entry is durable; a lost notification only delays delivery until the next fetch.
@FunctionalInterface
public interface InboxNotifier {

  /// `recipient`'s inbox now holds an entry with `sequence`. Must not block for long; may drop the event.
  void notify(IdentityKey recipient, long sequence);
}
