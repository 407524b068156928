package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/// Conversions between domain values and column values shared by the SQL stores. Instants are stored as whole
/// seconds plus nanoseconds in two columns (`<name>_s`, `<name>_n`), so they come back exactly.
final class Columns {

  private Columns() {}

  static Bytes bytes(ResultSet rs, String column) throws SQLException {
    byte[] value = rs.getBytes(column);
    return value == null ? null : Bytes.wrap(value);
  }

  static IdentityKey identityKey(ResultSet rs, String column) throws SQLException {
    return new IdentityKey(bytes(rs, column));
  }

  static Instant instant(ResultSet rs, String prefix) throws SQLException {
    return Instant.ofEpochSecond(rs.getLong(prefix + "_s"), rs.getInt(prefix + "_n"));
  }
}
