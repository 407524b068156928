package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/// [InboxStore] as a sorted map per identity with one global sequence counter, all under one lock that
/// [InMemoryChannelStore] shares so a commit and its fan-out are atomic.
public final class InMemoryInboxStore implements InboxStore {

  final Object lock = new Object();
  private final Map<IdentityKey, NavigableMap<Long, InboxEntry>> inboxes = new HashMap<>();
  private long lastSequence;

  @Override
  public List<Long> enqueue(List<Envelope> envelopes) {
    synchronized (lock) {
      List<Long> sequences = new ArrayList<>(envelopes.size());
      for (Envelope envelope : envelopes) {
        long sequence = ++lastSequence;
        inboxes.computeIfAbsent(envelope.recipient(), key -> new TreeMap<>()).put(sequence, envelope.toEntry(sequence));
        sequences.add(sequence);
      }
      return List.copyOf(sequences);
    }
  }

  @Override
  public List<InboxEntry> fetch(IdentityKey recipient, long afterSequence, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a fetch limit is at least 1");
    }
    synchronized (lock) {
      NavigableMap<Long, InboxEntry> inbox = inboxes.getOrDefault(recipient, new TreeMap<>());
      return inbox.tailMap(afterSequence, false).values().stream().limit(limit).toList();
    }
  }

  @Override
  public int ack(IdentityKey recipient, long upToSequence) {
    synchronized (lock) {
      NavigableMap<Long, InboxEntry> inbox = inboxes.get(recipient);
      if (inbox == null) {
        return 0;
      }
      NavigableMap<Long, InboxEntry> acked = inbox.headMap(upToSequence, true);
      int removed = acked.size();
      acked.clear();
      return removed;
    }
  }

  @Override
  public int depth(IdentityKey recipient) {
    synchronized (lock) {
      NavigableMap<Long, InboxEntry> inbox = inboxes.get(recipient);
      return inbox == null ? 0 : inbox.size();
    }
  }
}
