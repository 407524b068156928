package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// A by-hand measurement (not a test): durable single-envelope enqueues per second with N concurrent writers on
/// SQLite (WAL, synchronous=FULL), and how many writes each commit carried. Run with the test classpath:
/// `java -cp ... dev.quicnprotochat.adapter.persistence.sql.GroupCommitThroughput [threads] [seconds] [inbox|row]`.
public final class GroupCommitThroughput {

  private GroupCommitThroughput() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    // "inbox" measures SqlInboxStore.enqueue; "row" one plain INSERT per write, i.e. the writer's own cost
    boolean plainRows = args.length > 2 && args[2].equals("row");
    Path directory = Files.createTempDirectory("qpc-throughput");
    try (Database database = Database.openSqlite(directory.resolve("server.db"), SchemaKind.SERVER)) {
      SqlInboxStore store = new SqlInboxStore(database);
      database.jdbi().useHandle(h -> h.execute("CREATE TABLE bench_row (writer INTEGER, payload BLOB)"));
      ChannelId channel = new ChannelId(Bytes.fromHex("00112233445566778899aabbccddeeff"));
      Bytes payload = Bytes.wrap(new byte[200]);
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Long>> counts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        byte[] key = new byte[32];
        key[0] = (byte) t;
        IdentityKey recipient = IdentityKey.of(key);
        counts.add(pool.submit(() -> {
          long n = 0;
          while (System.nanoTime() < deadline) {
            if (plainRows) {
              int writer = recipient.value().get(0);
              database.writer().execute(h -> h.execute("INSERT INTO bench_row VALUES (?, ?)", writer,
                  payload.toByteArray()));
            } else {
              store.enqueue(List.of(new Envelope(recipient, channel, payload, Optional.empty())));
            }
            n++;
          }
          return n;
        }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      pool.shutdown();
      System.out.printf("threads=%d enqueues/s=%.0f commits/s=%.0f writes/commit=%.1f%n", threads,
          total / (double) seconds, database.writer().commits() / (double) seconds,
          database.writer().writes() / (double) Math.max(1, database.writer().commits()));
    } finally {
      try (var files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
