package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/// Registered users in SQL. Both uniqueness rules are table constraints, so two nodes registering the same name at
/// once cannot both succeed.
public final class SqlUserStore implements UserStore {

  private static final String COLUMNS = "username, identity_key, registration_record, registered_s, registered_n";

  private final Database database;

  @Inject
  public SqlUserStore(Database database) {
    this.database = database;
  }

  @Override
  public AddResult add(RegisteredUser user) {
    return database.writer().execute(h -> {
      int inserted = h.createUpdate("INSERT INTO registered_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING")
          .bind(0, user.username().value())
          .bind(1, user.identityKey().value().toByteArray())
          .bind(2, user.registrationRecord().value().toByteArray())
          .bind(3, user.registeredAt().getEpochSecond())
          .bind(4, user.registeredAt().getNano())
          .execute();
      if (inserted == 1) {
        return AddResult.ADDED;
      }
      boolean nameTaken = h.createQuery("SELECT count(*) FROM registered_user WHERE username = ?")
          .bind(0, user.username().value())
          .mapTo(Integer.class)
          .one() > 0;
      return nameTaken ? AddResult.USERNAME_TAKEN : AddResult.IDENTITY_KEY_TAKEN;
    });
  }

  @Override
  public Optional<RegisteredUser> findByUsername(Username username) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT " + COLUMNS + " FROM registered_user WHERE username = ?")
        .bind(0, username.value())
        .map(SqlUserStore::user)
        .findOne());
  }

  @Override
  public Optional<RegisteredUser> findByIdentityKey(IdentityKey identityKey) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT " + COLUMNS + " FROM registered_user WHERE identity_key = ?")
        .bind(0, identityKey.value().toByteArray())
        .map(SqlUserStore::user)
        .findOne());
  }

  private static RegisteredUser user(ResultSet rs, StatementContext ctx) throws SQLException {
    return new RegisteredUser(Username.of(rs.getString("username")), Columns.identityKey(rs, "identity_key"),
        new RegistrationRecord(Columns.bytes(rs, "registration_record")), Columns.instant(rs, "registered"));
  }
}
