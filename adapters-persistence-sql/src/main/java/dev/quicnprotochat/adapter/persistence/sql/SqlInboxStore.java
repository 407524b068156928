package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/// Inboxes in SQL (DESIGN.md §4). Each inbox has a counter row handing out its sequence numbers, kept after acks so
/// numbers are never reused; the upsert that bumps it locks the row, so concurrent enqueuers (even on other nodes)
/// get distinct, increasing numbers. Enqueues go through the group-commit writer and return once durable.
public final class SqlInboxStore implements InboxStore {

  private final Database database;

  @Inject
  public SqlInboxStore(Database database) {
    this.database = database;
  }

  @Override
  public List<Long> enqueue(List<Envelope> envelopes) {
    if (envelopes.isEmpty()) {
      return List.of();
    }
    return database.writer().execute(h -> enqueue(h, envelopes));
  }

  /// Enqueues inside the caller's transaction; used by [SqlChannelStore] so a commit and its fan-out are atomic.
  ///
  /// Each recipient's numbers are reserved with one counter upsert, in recipient order: every transaction locks
  /// counter rows in the same global order, so two nodes fanning out to overlapping members cannot deadlock on
  /// them within one write.
  static List<Long> enqueue(Handle h, List<Envelope> envelopes) {
    Map<IdentityKey, Integer> counts = new TreeMap<>();
    envelopes.forEach(e -> counts.merge(e.recipient(), 1, Integer::sum));
    Map<IdentityKey, Long> next = new HashMap<>();
    counts.forEach((recipient, count) -> {
      long last = h.createQuery("INSERT INTO inbox_counter (recipient, last_seq) VALUES (?, ?)"
              + " ON CONFLICT (recipient) DO UPDATE SET last_seq = inbox_counter.last_seq + excluded.last_seq"
              + " RETURNING last_seq")
          .bind(0, recipient.value().toByteArray())
          .bind(1, (long) count)
          .mapTo(Long.class)
          .one();
      next.put(recipient, last - count + 1);
    });
    List<Long> sequences = new ArrayList<>(envelopes.size());
    for (Envelope e : envelopes) {
      long sequence = next.merge(e.recipient(), 1L, Long::sum) - 1;
      h.createUpdate("INSERT INTO inbox_entry (recipient, seq, channel_id, payload, sender) VALUES (?, ?, ?, ?, ?)")
          .bind(0, e.recipient().value().toByteArray())
          .bind(1, sequence)
          .bind(2, e.channelId().value().toByteArray())
          .bind(3, e.payload().toByteArray())
          .bind(4, e.sender().map(s -> s.value().toByteArray()).orElse(null))
          .execute();
      sequences.add(sequence);
    }
    return sequences;
  }

  @Override
  public List<InboxEntry> fetch(IdentityKey recipient, long afterSequence, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    return database.jdbi().withHandle(h -> h.createQuery("SELECT seq, channel_id, payload, sender FROM inbox_entry"
            + " WHERE recipient = ? AND seq > ? ORDER BY seq LIMIT ?")
        .bind(0, recipient.value().toByteArray())
        .bind(1, afterSequence)
        .bind(2, limit)
        .map((rs, ctx) -> new InboxEntry(rs.getLong("seq"), new ChannelId(Columns.bytes(rs, "channel_id")),
            Columns.bytes(rs, "payload"), Optional.ofNullable(Columns.bytes(rs, "sender")).map(IdentityKey::new)))
        .list());
  }

  @Override
  public int ack(IdentityKey recipient, long upToSequence) {
    return database.writer().execute(h -> h.createUpdate("DELETE FROM inbox_entry WHERE recipient = ? AND seq <= ?")
        .bind(0, recipient.value().toByteArray())
        .bind(1, upToSequence)
        .execute());
  }

  @Override
  public int depth(IdentityKey recipient) {
    return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM inbox_entry WHERE recipient = ?")
        .bind(0, recipient.value().toByteArray())
        .mapTo(Integer.class)
        .one());
  }
}
