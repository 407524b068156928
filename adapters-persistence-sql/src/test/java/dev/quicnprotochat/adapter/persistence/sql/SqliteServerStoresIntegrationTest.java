package dev.quicnprotochat.adapter.persistence.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/// The server port contracts on an unencrypted SQLite file.
class SqliteServerStoresIntegrationTest extends ServerStoreContracts {

  private static Path directory;
  private static Database database;

  @BeforeAll
  static void open() throws Exception {
    directory = Files.createTempDirectory("qpc-sqlite-server");
    database = Database.openSqlite(directory.resolve("server.db"), SchemaKind.SERVER);
  }

  @AfterAll
  static void close() throws Exception {
    database.close();
    TestFiles.deleteRecursively(directory);
  }

  @Override
  protected Database database() {
    return database;
  }
}
