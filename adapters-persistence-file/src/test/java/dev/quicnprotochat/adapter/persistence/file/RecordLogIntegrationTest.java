package dev.quicnprotochat.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class RecordLogIntegrationTest {

  @TempDir
  Path directory;

  private Path file() {
    return directory.resolve("logs").resolve("test.log");
  }

  private static byte[] record(int n) {
    return ("record-" + n + "-" + "x".repeat(n % 17)).getBytes(StandardCharsets.UTF_8);
  }

  private List<String> replay() throws IOException {
    List<String> seen = new ArrayList<>();
    try (RecordLog ignored = RecordLog.open(file(), p -> seen.add(new String(p, StandardCharsets.UTF_8)))) {
      return seen;
    }
  }

  private void writeRecords(int count) throws IOException {
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      for (int i = 0; i < count; i++) {
        log.appendDurably(record(i));
      }
    }
  }

  private static List<String> expected(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new String(record(i), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void appendedRecordsReplayInOrderAfterReopen() throws IOException {
    writeRecords(50);
    assertEquals(expected(50), replay());
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      log.appendDurably(record(50));
    }
    assertEquals(expected(51), replay());
  }

  @Test
  void emptyRecordsAreRecordsToo() throws IOException {
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      log.appendDurably(new byte[0]);
      log.appendDurably(new byte[] {1});
    }
    assertEquals(List.of("", "\u0001"), replay());
  }

  @Test
  void concurrentAppendersShareSyncsAndEveryRecordIsStoredOnce() throws Exception {
    int threads = 16;
    int perThread = 100;
    long syncs;
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            for (int i = 0; i < perThread; i++) {
              log.appendDurably((thread + ":" + i).getBytes(StandardCharsets.UTF_8));
            }
            return null;
          }));
        }
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      syncs = log.syncs();
    }
    List<String> seen = replay();
    assertEquals(threads * perThread, seen.size());
    assertEquals(threads * perThread, new HashSet<>(seen).size());
    assertTrue(syncs < threads * perThread, "expected shared syncs, got " + syncs);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 15, 16, 17, 20})
  void tornFinalRecordIsCutOffAndTheLogKeepsWorking(int bytesCut) throws IOException {
    writeRecords(10);
    long size = Files.size(file());
    try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
      channel.truncate(size - bytesCut);
    }
    assertEquals(expected(9), replay());
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      log.appendDurably(record(9));
    }
    assertEquals(expected(10), replay());
  }

  @Test
  void garbageAfterTheLastRecordIsCutOff() throws IOException {
    writeRecords(5);
    long size = Files.size(file());
    Files.write(file(), new byte[100], StandardOpenOption.APPEND);
    assertEquals(expected(5), replay());
    assertEquals(size, Files.size(file()));
  }

  @Test
  void finalRecordWithBadChecksumIsCutOff() throws IOException {
    writeRecords(5);
    flipByte(Files.size(file()) - 2);
    assertEquals(expected(4), replay());
  }

  @Test
  void tornBatchWhoseLaterPagesLandedIsCutOff() throws IOException {
    writeRecords(3);
    long batchStart = Files.size(file());
    // a batch of three whose first record never reached the disk but whose later records did
    ByteBuffer batch = ByteBuffer.allocate(3 * (RecordFormat.HEADER + 20));
    for (int i = 0; i < 3; i++) {
      RecordFormat.encode(new byte[20], batchStart, batch);
    }
    batch.putInt(4, 0xdeadbeef);
    Files.write(file(), batch.array(), StandardOpenOption.APPEND);
    assertEquals(expected(3), replay());
    assertEquals(batchStart, Files.size(file()));
  }

  @Test
  void damageInsideSyncedHistoryRefusesToOpenAndChangesNothing() throws IOException {
    writeRecords(10);
    flipByte(RecordFormat.MAGIC.length + RecordFormat.HEADER + 2);
    byte[] before = Files.readAllBytes(file());
    CorruptRecordLogException e = assertThrows(CorruptRecordLogException.class, this::replay);
    assertTrue(e.getMessage().contains("refusing"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file()));
  }

  @Test
  void partialMagicFromACrashDuringCreationStartsAnEmptyLog() throws IOException {
    Files.createDirectories(file().getParent());
    Files.write(file(), new byte[] {'Q', 'P', 'C'});
    assertEquals(List.of(), replay());
    writeRecords(2);
    assertEquals(expected(2), replay());
  }

  @Test
  void foreignFileIsNotOverwritten() throws IOException {
    Files.createDirectories(file().getParent());
    Files.write(file(), "hello world, not a log".getBytes(StandardCharsets.UTF_8));
    assertThrows(CorruptRecordLogException.class, this::replay);
    assertEquals("hello world, not a log", Files.readString(file()));
  }

  @Test
  void rewriteReplacesTheContentsDurably() throws IOException {
    writeRecords(10);
    try (RecordLog log = RecordLog.open(file(), p -> { })) {
      log.rewrite(List.of(record(3), record(7)));
      log.appendDurably(record(11));
    }
    assertEquals(List.of(new String(record(3), StandardCharsets.UTF_8), new String(record(7), StandardCharsets.UTF_8),
        new String(record(11), StandardCharsets.UTF_8)), replay());
  }

  @Test
  void logFileIsOwnerOnlyAndDirectoriesToo() throws IOException {
    writeRecords(1);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())));
  }

  @Test
  void secondOpenOfTheSameLogIsRefused() throws Exception {
    try (RecordLog first = RecordLog.open(file(), p -> { })) {
      first.appendDurably(record(1));
      IOException e = assertThrows(IOException.class, () -> RecordLog.open(file(), p -> { }));
      assertTrue(e.getMessage().contains("already open"), e.getMessage());
      first.appendDurably(record(2));
    }
    assertEquals(2, replay().size());
  }

  @Test
  void appendsAfterCloseFail() throws Exception {
    RecordLog log = RecordLog.open(file(), p -> { });
    log.close();
    CompletableFuture<Void> late = log.append(record(1));
    assertTrue(late.isCompletedExceptionally());
  }

  private void flipByte(long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      channel.read(one, offset);
      one.put(0, (byte) (one.get(0) ^ 0x40));
      one.rewind();
      channel.write(one, offset);
    }
  }
}
