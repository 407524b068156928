package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.List;

/// One ordered inbox per identity. Sequence numbers start at 1, grow strictly within an inbox and are never reused
/// (gaps are allowed, e.g. from a global counter).
public interface InboxStore {

  /// Stores every envelope in its recipient's inbox, all or nothing, and returns only once they are durable.
  /// The result holds each envelope's sequence number, in the order given. Envelopes to the same recipient get
  /// increasing numbers in that order.
  List<Long> enqueue(List<Envelope> envelopes);

  /// Up to `limit` entries of `recipient`'s inbox with a sequence number greater than `afterSequence`, in order.
  /// Does not remove anything: delivery is at-least-once until [#ack].
  List<InboxEntry> fetch(IdentityKey recipient, long afterSequence, int limit);

  /// Deletes `recipient`'s entries up to and including `upToSequence`; returns how many were deleted.
  int ack(IdentityKey recipient, long upToSequence);

  /// How many entries `recipient`'s inbox holds.
  int depth(IdentityKey recipient);
}
