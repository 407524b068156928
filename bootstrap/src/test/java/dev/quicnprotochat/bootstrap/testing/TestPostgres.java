package dev.quicnprotochat.bootstrap.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/// The PostgreSQL tests use: `QUICNPROTOCHAT_TEST_PG_URL`, or the local `test` database. Each caller gets its own
/// schema and drops it afterwards, so parallel runs do not collide.
public final class TestPostgres {

  public static final String URL = System.getenv().getOrDefault("QUICNPROTOCHAT_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private TestPostgres() {
  }

  public static String newSchemaName() {
    byte[] random = new byte[6];
    ThreadLocalRandom.current().nextBytes(random);
    return "qpc_boot_" + HexFormat.of().formatHex(random);
  }

  public static void drop(String schema) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
