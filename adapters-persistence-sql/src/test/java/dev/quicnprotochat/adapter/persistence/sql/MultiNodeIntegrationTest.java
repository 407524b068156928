package dev.quicnprotochat.adapter.persistence.sql;

import static dev.quicnprotochat.application.testing.ServerTestData.aGroupChannelId;
import static dev.quicnprotochat.application.testing.ServerTestData.aKeyPackage;
import static dev.quicnprotochat.application.testing.ServerTestData.anEnvelope;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.out.ChannelStore.Commit;
import dev.quicnprotochat.application.port.out.ChannelStore.CommitOutcome;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Two server nodes, each with its own pool and group-commit writer, on one database: the guarantees that a single
/// writer thread would give for free must come from the database itself (DESIGN.md §6, scale-out).
@Timeout(120)
class MultiNodeIntegrationTest {

  private static final int THREADS = 8;

  @TempDir
  Path directory;

  private final List<Database> nodes = new ArrayList<>();
  private String schema;

  @AfterEach
  void close() {
    nodes.forEach(Database::close);
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  private void openNodes(String backend) throws Exception {
    if (backend.equals("postgresql")) {
      schema = TestPostgres.uniqueSchema();
    }
    for (int i = 0; i < 2; i++) {
      nodes.add(backend.equals("postgresql")
          ? Database.openPostgres(TestPostgres.URL, schema, SchemaKind.SERVER)
          : Database.openSqlite(directory.resolve("shared.db"), SchemaKind.SERVER));
    }
  }

  private Database node(int i) {
    return nodes.get(i % nodes.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void keyPackageTakesAcrossNodesHandOutEachPackageOnce(String backend) throws Exception {
    openNodes(backend);
    IdentityKey owner = anIdentityKey();
    List<StoredKeyPackage> published = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      published.add(aKeyPackage());
    }
    new SqlKeyPackageStore(node(0)).publish(owner, published, Optional.empty());
    List<Callable<List<StoredKeyPackage>>> takers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SqlKeyPackageStore store = new SqlKeyPackageStore(node(t));
      takers.add(() -> {
        List<StoredKeyPackage> mine = new ArrayList<>();
        for (var next = store.take(owner); next.isPresent(); next = store.take(owner)) {
          mine.add(next.get());
        }
        return mine;
      });
    }
    List<StoredKeyPackage> taken = runAll(takers).stream().flatMap(List::stream).toList();
    assertEquals(published.size(), taken.size(), "none handed out twice, none lost");
    assertEquals(new HashSet<>(published), new HashSet<>(taken));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void commitsForOneEpochAcrossNodesAcceptExactlyOne(String backend) throws Exception {
    openNodes(backend);
    IdentityKey alice = anIdentityKey();
    IdentityKey bob = anIdentityKey();
    Channel channel = Channel.newGroup(aGroupChannelId(), alice).afterCommit(MembershipChange.adding(bob));
    new SqlChannelStore(node(0)).create(channel);
    int rounds = 8;
    for (int round = 0; round < rounds; round++) {
      Epoch epoch = new Epoch(channel.epoch().value() + round);
      List<Callable<CommitOutcome>> contenders = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        SqlChannelStore store = new SqlChannelStore(node(c));
        String payload = round + ":" + c;
        contenders.add(() -> store.commit(new Commit(channel.id(), epoch, MembershipChange.NONE,
            List.of(anEnvelope(bob, channel.id(), payload)), List.of())));
      }
      List<CommitOutcome> outcomes = runAll(contenders);
      assertEquals(1, outcomes.stream().filter(CommitOutcome.Accepted.class::isInstance).count(), "" + outcomes);
      outcomes.stream().filter(o -> !(o instanceof CommitOutcome.Accepted))
          .forEach(o -> assertEquals(new CommitOutcome.StaleEpoch(epoch.next()), o));
    }
    assertEquals(rounds, new SqlInboxStore(node(1)).depth(bob), "one fan-out per epoch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void crossedEnqueuesAcrossNodesAllLandWithDistinctSequences(String backend) throws Exception {
    openNodes(backend);
    IdentityKey x = anIdentityKey();
    IdentityKey y = anIdentityKey();
    var channel = aGroupChannelId();
    int perThread = 12;
    List<Callable<Integer>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SqlInboxStore store = new SqlInboxStore(node(t));
      boolean xFirst = t % 4 < 2;
      int thread = t;
      // within one node's batch, writes to x and to y arrive in either order, so the batches of the two nodes
      // can lock the two counters in opposite orders: a deadlock the writer must recover from by retrying
      writers.add(() -> {
        for (int i = 0; i < perThread; i++) {
          Envelope toX = anEnvelope(x, channel, thread + ":" + i);
          Envelope toY = anEnvelope(y, channel, thread + ":" + i);
          store.enqueue(List.of(xFirst ? toX : toY));
          store.enqueue(List.of(xFirst ? toY : toX));
          // and fan-outs naming both in either order, which lock them in one order
          store.enqueue(xFirst ? List.of(toX, toY) : List.of(toY, toX));
        }
        return perThread;
      });
    }
    runAll(writers);
    for (IdentityKey recipient : List.of(x, y)) {
      List<InboxEntry> entries = new SqlInboxStore(node(0)).fetch(recipient, 0, 10_000);
      assertEquals(2 * THREADS * perThread, entries.size());
      assertEquals(entries.size(), entries.stream().map(InboxEntry::sequence).distinct().count());
    }
  }

  private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
