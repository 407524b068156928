package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import jakarta.inject.Inject;
import java.util.Optional;

/// Sealed-sender credential hashes per channel epoch, in SQL.
public final class SqlChannelCredentialStore implements ChannelCredentialStore {

  private final Database database;

  @Inject
  public SqlChannelCredentialStore(Database database) {
    this.database = database;
  }

  @Override
  public void register(ChannelId channel, Epoch epoch, ChannelCredentialHash hash) {
    database.writer().execute(h -> h.createUpdate("INSERT INTO channel_credential (channel_id, epoch, hash)"
            + " VALUES (?, ?, ?) ON CONFLICT (channel_id, epoch) DO UPDATE SET hash = excluded.hash")
        .bind(0, channel.value().toByteArray())
        .bind(1, epoch.value())
        .bind(2, hash.value().toByteArray())
        .execute());
  }

  @Override
  public Optional<ChannelCredentialHash> find(ChannelId channel, Epoch epoch) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT hash FROM channel_credential WHERE channel_id = ? AND epoch = ?")
        .bind(0, channel.value().toByteArray())
        .bind(1, epoch.value())
        .map((rs, ctx) -> new ChannelCredentialHash(Columns.bytes(rs, "hash")))
        .findOne());
  }
}
