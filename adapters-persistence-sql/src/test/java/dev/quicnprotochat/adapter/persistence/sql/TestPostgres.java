package dev.quicnprotochat.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/// The PostgreSQL the integration tests use: `QUICNPROTOCHAT_TEST_PG_URL` or the local test database. Every test
/// gets its own schema, dropped afterwards, so parallel runs never see each other's rows.
final class TestPostgres {

  static final String URL = System.getenv().getOrDefault("QUICNPROTOCHAT_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestPostgres() {}

  static String uniqueSchema() {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    return "qpc_test_" + HexFormat.of().formatHex(random);
  }

  static void dropSchema(String schema) {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test schema " + schema, e);
    }
  }
}
