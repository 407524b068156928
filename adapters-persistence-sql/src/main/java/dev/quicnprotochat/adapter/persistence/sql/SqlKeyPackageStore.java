package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/// Single-use key packages plus one last-resort package per identity, in SQL (DESIGN.md §4).
///
/// `take` deletes the oldest package and returns what it deleted (`DELETE ... RETURNING`) in one statement, so a
/// package is handed out at most once even across server nodes sharing a PostgreSQL database; there `SKIP LOCKED`
/// lets concurrent takers pass over a row another node is taking instead of waiting for it.
public final class SqlKeyPackageStore implements KeyPackageStore {

  private final Database database;
  private final String takeOldest;

  @Inject
  public SqlKeyPackageStore(Database database) {
    this.database = database;
    String lock = database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    this.takeOldest = "DELETE FROM key_package WHERE id = (SELECT id FROM key_package WHERE identity_key = ?"
        + " ORDER BY id LIMIT 1" + lock + ") RETURNING ref, data";
  }

  @Override
  public void publish(IdentityKey identity, List<StoredKeyPackage> batch, Optional<StoredKeyPackage> lastResort) {
    if (batch.stream().anyMatch(StoredKeyPackage::lastResort)) {
      throw new IllegalArgumentException("a batch holds single-use key packages only");
    }
    if (lastResort.isPresent() && !lastResort.get().lastResort()) {
      throw new IllegalArgumentException("the last-resort key package must be marked as such");
    }
    byte[] owner = identity.value().toByteArray();
    database.writer().execute(h -> {
      for (StoredKeyPackage p : batch) {
        h.createUpdate("INSERT INTO key_package (identity_key, ref, data) VALUES (?, ?, ?)"
                + " ON CONFLICT (identity_key, ref) DO NOTHING")
            .bind(0, owner)
            .bind(1, p.ref().value().toByteArray())
            .bind(2, p.data().toByteArray())
            .execute();
      }
      lastResort.ifPresent(p -> h.createUpdate("INSERT INTO last_resort_key_package (identity_key, ref, data)"
              + " VALUES (?, ?, ?) ON CONFLICT (identity_key) DO UPDATE SET ref = excluded.ref, data = excluded.data")
          .bind(0, owner)
          .bind(1, p.ref().value().toByteArray())
          .bind(2, p.data().toByteArray())
          .execute());
      return null;
    });
  }

  @Override
  public Optional<StoredKeyPackage> take(IdentityKey identity) {
    byte[] owner = identity.value().toByteArray();
    Optional<StoredKeyPackage> single = database.writer().execute(h -> h.createQuery(takeOldest)
        .bind(0, owner)
        .map((rs, ctx) -> new StoredKeyPackage(new KeyPackageRef(Columns.bytes(rs, "ref")), Columns.bytes(rs, "data"),
            false))
        .findOne());
    if (single.isPresent()) {
      return single;
    }
    // RFC 9420 §16.8: the last-resort package is reused, never consumed
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT ref, data FROM last_resort_key_package WHERE identity_key = ?")
        .bind(0, owner)
        .map((rs, ctx) -> new StoredKeyPackage(new KeyPackageRef(Columns.bytes(rs, "ref")), Columns.bytes(rs, "data"),
            true))
        .findOne());
  }

  @Override
  public KeyPackageCount count(IdentityKey identity) {
    byte[] owner = identity.value().toByteArray();
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT (SELECT count(*) FROM key_package WHERE identity_key = :o) AS available,"
                + " (SELECT count(*) FROM last_resort_key_package WHERE identity_key = :o) AS last_resort")
        .bind("o", owner)
        .map((rs, ctx) -> new KeyPackageCount(rs.getInt("available"), rs.getInt("last_resort") > 0))
        .one());
  }
}
