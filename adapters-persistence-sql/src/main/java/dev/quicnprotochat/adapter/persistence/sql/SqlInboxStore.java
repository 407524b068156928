package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/// Inboxes in SQL (DESIGN.md §4). Each inbox has a counter row handing out its sequence numbers, kept after acks so
/// numbers are never reused; the upsert that bumps it locks the row, so concurrent enqueuers (even on other nodes)
/// get distinct, increasing numbers. Enqueues go through the group-commit writer and return once durable.
public final class SqlInboxStore implements InboxStore {

  /// Reserves `?` numbers in one inbox; returns the last of them.
  private static final String RESERVE = "INSERT INTO inbox_counter (recipient, last_seq) VALUES (?, ?)"
      + " ON CONFLICT (recipient) DO UPDATE SET last_seq = inbox_counter.last_seq + excluded.last_seq"
      + " RETURNING last_seq";
  private static final String INSERT =
      "INSERT INTO inbox_entry (recipient, seq, channel_id, payload, sender) VALUES (?, ?, ?, ?, ?)";

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
    // plain JDBC on the handle's connection: this is the path every message takes, and JDBI's per-statement
    // machinery cost more than the SQL itself
    try (PreparedStatement reserve = h.getConnection().prepareStatement(RESERVE);
        PreparedStatement insert = h.getConnection().prepareStatement(INSERT)) {
      Map<IdentityKey, Integer> counts = new TreeMap<>();
      envelopes.forEach(e -> counts.merge(e.recipient(), 1, Integer::sum));
      Map<IdentityKey, Long> next = new HashMap<>();
      for (Map.Entry<IdentityKey, Integer> count : counts.entrySet()) {
        reserve.setBytes(1, count.getKey().value().toByteArray());
        reserve.setLong(2, count.getValue());
        try (ResultSet last = reserve.executeQuery()) {
          last.next();
          next.put(count.getKey(), last.getLong(1) - count.getValue() + 1);
        }
      }
      List<Long> sequences = new ArrayList<>(envelopes.size());
      for (Envelope e : envelopes) {
        long sequence = next.merge(e.recipient(), 1L, Long::sum) - 1;
        insert.setBytes(1, e.recipient().value().toByteArray());
        insert.setLong(2, sequence);
        insert.setBytes(3, e.channelId().value().toByteArray());
        insert.setBytes(4, e.payload().toByteArray());
        if (e.sender().isPresent()) {
          insert.setBytes(5, e.sender().get().value().toByteArray());
        } else {
          insert.setNull(5, Types.VARBINARY);
        }
        insert.executeUpdate();
        sequences.add(sequence);
      }
      return sequences;
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
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
