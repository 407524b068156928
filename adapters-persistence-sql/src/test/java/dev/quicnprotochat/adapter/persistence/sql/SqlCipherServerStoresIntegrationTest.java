package dev.quicnprotochat.adapter.persistence.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/// The server port contracts on a SQLCipher-encrypted SQLite file (the server's `db_key`).
class SqlCipherServerStoresIntegrationTest extends ServerStoreContracts {

  private static Path directory;
  private static Database database;

  @BeforeAll
  static void open() throws Exception {
    directory = Files.createTempDirectory("qpc-sqlcipher-server");
    database = Database.openEncryptedSqlite(directory.resolve("server.db"), SchemaKind.SERVER,
        "server db key".toCharArray(), TestKdf.FAST);
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
