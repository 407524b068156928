package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// Channels and their members in SQL, and the inboxes their commits fan out to (the same database, so a commit is
/// one transaction: DESIGN.md §4).
///
/// The epoch compare-and-set is a conditional `UPDATE ... WHERE epoch = expected`: the database serialises
/// concurrent updates of the row, so of several commits for one epoch, even from different nodes, exactly one
/// matches; the rest see the new epoch and are reported stale.
public final class SqlChannelStore implements ChannelStore, InboxStore {

  private final Database database;
  private final SqlInboxStore inboxes;

  @Inject
  public SqlChannelStore(Database database) {
    this.database = database;
    this.inboxes = new SqlInboxStore(database);
  }

  @Override
  public boolean create(Channel channel) {
    byte[] id = channel.id().value().toByteArray();
    return database.writer().execute(h -> {
      int inserted = h.createUpdate("INSERT INTO channel (id, kind, epoch) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
          .bind(0, id)
          .bind(1, channel.kind().name())
          .bind(2, channel.epoch().value())
          .execute();
      if (inserted == 0) {
        return false;
      }
      addMembers(h, id, channel.members());
      return true;
    });
  }

  @Override
  public Optional<Channel> find(ChannelId id) {
    // one statement, so the epoch and the members come from the same snapshot
    record Row(ChannelKind kind, long epoch, IdentityKey member) {}
    List<Row> rows = database.jdbi().withHandle(h -> h.createQuery("SELECT c.kind, c.epoch, m.identity_key"
            + " FROM channel c JOIN channel_member m ON m.channel_id = c.id WHERE c.id = ?")
        .bind(0, id.value().toByteArray())
        .map((rs, ctx) -> new Row(ChannelKind.valueOf(rs.getString("kind")), rs.getLong("epoch"),
            Columns.identityKey(rs, "identity_key")))
        .list());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<IdentityKey> members = new HashSet<>();
    rows.forEach(r -> members.add(r.member()));
    return Optional.of(new Channel(id, rows.getFirst().kind(), members, new Epoch(rows.getFirst().epoch())));
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    byte[] id = commit.channelId().value().toByteArray();
    return database.writer().execute(h -> {
      int advanced = h.createUpdate("UPDATE channel SET epoch = epoch + 1 WHERE id = ? AND epoch = ?")
          .bind(0, id)
          .bind(1, commit.expectedEpoch().value())
          .execute();
      if (advanced == 0) {
        Optional<Long> current = h.createQuery("SELECT epoch FROM channel WHERE id = ?")
            .bind(0, id)
            .mapTo(Long.class)
            .findOne();
        return current.<CommitOutcome>map(e -> new CommitOutcome.StaleEpoch(new Epoch(e)))
            .orElseGet(CommitOutcome.UnknownChannel::new);
      }
      for (IdentityKey removed : commit.change().removed()) {
        h.createUpdate("DELETE FROM channel_member WHERE channel_id = ? AND identity_key = ?")
            .bind(0, id)
            .bind(1, removed.value().toByteArray())
            .execute();
      }
      addMembers(h, id, commit.change().added());
      List<Long> fanOut = SqlInboxStore.enqueue(h, commit.fanOut());
      List<Long> welcomes = SqlInboxStore.enqueue(h, commit.welcomes());
      return new CommitOutcome.Accepted(commit.expectedEpoch().next(), fanOut, welcomes);
    });
  }

  private static void addMembers(Handle h, byte[] channelId, Set<IdentityKey> members) {
    for (IdentityKey member : members) {
      h.createUpdate("INSERT INTO channel_member (channel_id, identity_key) VALUES (?, ?) ON CONFLICT DO NOTHING")
          .bind(0, channelId)
          .bind(1, member.value().toByteArray())
          .execute();
    }
  }

  @Override
  public List<Long> enqueue(List<Envelope> envelopes) {
    return inboxes.enqueue(envelopes);
  }

  @Override
  public List<InboxEntry> fetch(IdentityKey recipient, long afterSequence, int limit) {
    return inboxes.fetch(recipient, afterSequence, limit);
  }

  @Override
  public int ack(IdentityKey recipient, long upToSequence) {
    return inboxes.ack(recipient, upToSequence);
  }

  @Override
  public int depth(IdentityKey recipient) {
    return inboxes.depth(recipient);
  }
}
