package dev.quicnprotochat.adapter.persistence.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class GroupCommitWriterIntegrationTest {

  enum Backend { SQLITE, SQLCIPHER, POSTGRESQL }

  @TempDir
  Path directory;

  private Database database;
  private String schema;

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  private Database open(Backend backend) throws Exception {
    Path file = directory.resolve("writer.db");
    database = switch (backend) {
      case SQLITE -> Database.openSqlite(file, SchemaKind.SERVER);
      case SQLCIPHER -> Database.openEncryptedSqlite(file, SchemaKind.SERVER, "pw".toCharArray(),
          TestKdf.FAST);
      case POSTGRESQL -> Database.openPostgres(TestPostgres.URL, schema = TestPostgres.uniqueSchema(),
          SchemaKind.SERVER);
    };
    database.jdbi().useHandle(h -> h.execute("CREATE TABLE counter_row (writer INTEGER, n INTEGER)"));
    return database;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void concurrentWritersShareCommitsAndEveryWriteIsStored(Backend backend) throws Exception {
    Database db = open(backend);
    int writers = 16;
    int perWriter = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          for (int n = 0; n < perWriter; n++) {
            int value = n;
            db.writer().execute(h -> h.execute("INSERT INTO counter_row VALUES (?, ?)", writer, value));
          }
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    int rows = count(db, "SELECT count(*) FROM counter_row");
    int distinct = count(db, "SELECT count(*) FROM (SELECT DISTINCT writer, n FROM counter_row) d");
    assertEquals(writers * perWriter, rows);
    assertEquals(writers * perWriter, distinct);
    assertEquals(writers * perWriter, db.writer().writes());
    assertTrue(db.writer().commits() < db.writer().writes(),
        "expected shared commits, got " + db.writer().commits() + " for " + db.writer().writes() + " writes");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void failingWriteIsRolledBackAloneAndFailsOnlyItsCaller(Backend backend) throws Exception {
    Database db = open(backend);
    List<CompletableFuture<Integer>> good = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int value = i;
      good.add(db.writer().submit(h -> h.execute("INSERT INTO counter_row VALUES (1, ?)", value)));
      if (i == 25) {
        CompletableFuture<Integer> bad = db.writer().submit(h -> {
          h.execute("INSERT INTO counter_row VALUES (2, 999)");
          throw new IllegalStateException("refused");
        });
        ExecutionException failure = assertThrows(ExecutionException.class, bad::get);
        assertInstanceOf(IllegalStateException.class, failure.getCause());
      }
    }
    for (CompletableFuture<Integer> future : good) {
      assertEquals(1, future.get());
    }
    assertEquals(50, count(db, "SELECT count(*) FROM counter_row WHERE writer = 1"));
    assertEquals(0, count(db, "SELECT count(*) FROM counter_row WHERE writer = 2"));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void executeRethrowsTheWritesOwnException(Backend backend) throws Exception {
    Database db = open(backend);
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> db.writer().execute(h -> {
          throw new IllegalArgumentException("mine");
        }));
    assertEquals("mine", thrown.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void writesAfterCloseFail(Backend backend) throws Exception {
    Database db = open(backend);
    db.writer().close();
    assertThrows(IllegalStateException.class, () -> db.writer().execute(h -> 1));
  }

  private static int count(Database db, String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
