package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/// Login sessions in SQL, keyed by the token's SHA-256 (the token itself is never stored).
public final class SqlSessionStore implements SessionStore {

  private final Database database;

  @Inject
  public SqlSessionStore(Database database) {
    this.database = database;
  }

  @Override
  public void save(Session s) {
    database.writer().execute(h -> h.createUpdate(
            "INSERT INTO login_session (token_hash, username, identity_key, created_s, created_n, expires_s,"
                + " expires_n) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET"
                + " username = excluded.username, identity_key = excluded.identity_key,"
                + " created_s = excluded.created_s, created_n = excluded.created_n,"
                + " expires_s = excluded.expires_s, expires_n = excluded.expires_n")
        .bind(0, s.tokenHash().value().toByteArray())
        .bind(1, s.username().value())
        .bind(2, s.identityKey().value().toByteArray())
        .bind(3, s.createdAt().getEpochSecond())
        .bind(4, s.createdAt().getNano())
        .bind(5, s.expiresAt().getEpochSecond())
        .bind(6, s.expiresAt().getNano())
        .execute());
  }

  @Override
  public Optional<Session> findActive(SessionTokenHash tokenHash, Instant now) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT token_hash, username, identity_key, created_s, created_n, expires_s, expires_n"
                + " FROM login_session WHERE token_hash = ?")
        .bind(0, tokenHash.value().toByteArray())
        .map(SqlSessionStore::session)
        .findOne())
        .filter(session -> !session.isExpiredAt(now));
  }

  @Override
  public boolean revoke(SessionTokenHash tokenHash) {
    return database.writer().execute(h -> h.createUpdate("DELETE FROM login_session WHERE token_hash = ?")
        .bind(0, tokenHash.value().toByteArray())
        .execute()) == 1;
  }

  @Override
  public int purgeExpired(Instant now) {
    // expired means expiresAt <= now (Session#isExpiredAt)
    return database.writer().execute(h -> h.createUpdate("DELETE FROM login_session WHERE expires_s < :s"
            + " OR (expires_s = :s AND expires_n <= :n)")
        .bind("s", now.getEpochSecond())
        .bind("n", now.getNano())
        .execute());
  }

  private static Session session(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Session(new SessionTokenHash(Columns.bytes(rs, "token_hash")), Username.of(rs.getString("username")),
        Columns.identityKey(rs, "identity_key"), Columns.instant(rs, "created"), Columns.instant(rs, "expires"));
  }
}
