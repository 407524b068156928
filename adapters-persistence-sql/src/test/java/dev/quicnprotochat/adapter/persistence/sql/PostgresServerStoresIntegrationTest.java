package dev.quicnprotochat.adapter.persistence.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/// The server port contracts on PostgreSQL, in a schema of its own that is dropped afterwards.
class PostgresServerStoresIntegrationTest extends ServerStoreContracts {

  private static String schema;
  private static Database database;

  @BeforeAll
  static void open() {
    schema = TestPostgres.uniqueSchema();
    database = Database.openPostgres(TestPostgres.URL, schema, SchemaKind.SERVER);
  }

  @AfterAll
  static void close() {
    database.close();
    TestPostgres.dropSchema(schema);
  }

  @Override
  protected Database database() {
    return database;
  }
}
