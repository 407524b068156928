package dev.quicnprotochat.adapter.persistence.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.conversation.NewMessage;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Encryption at rest of the client conversation database (DESIGN.md §5).
class StateEncryptionIntegrationTest {

  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");
  private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path directory;

  private static ConversationId id(int n) {
    return ConversationId.of(Bytes.of(new byte[] {1, (byte) n}));
  }

  private static List<Message> fill(SqlConversationStore store, String prefix) {
    List<Message> written = new ArrayList<>();
    for (int c = 1; c <= 3; c++) {
      store.create(Conversation.start(id(c), ConversationKind.GROUP, prefix + " group " + c, T0));
      for (int m = 0; m < 40; m++) {
        NewMessage message = new NewMessage(MessageDirection.INCOMING, "sender" + m, T0.plusSeconds(m),
            T0.plusSeconds(m + 1), new MessageBody(prefix + " message " + c + "/" + m));
        written.add(store.append(id(c), message).orElseThrow());
      }
    }
    return written;
  }

  private static List<Message> readAll(SqlConversationStore store) {
    List<Message> all = new ArrayList<>();
    for (Conversation c : store.list()) {
      all.addAll(store.history(c.id(), new HistoryQuery.After(0, HistoryQuery.MAX_LIMIT)));
    }
    return all;
  }

  @Test
  void plainDatabaseIsEncryptedInPlaceWithoutLosingARow() throws Exception {
    Path file = directory.resolve("conversations.db");
    List<Message> written;
    List<Conversation> conversations;
    try (SqlConversationStore plain = SqlConversationStore.open(file)) {
      written = fill(plain, "before");
      conversations = plain.list();
    }
    assertArrayEquals(PLAIN_HEADER, Arrays.copyOf(Files.readAllBytes(file), PLAIN_HEADER.length));

    try (SqlConversationStore encrypted = SqlConversationStore.openEncrypted(file, "pw".toCharArray(),
        TestKdf.FAST)) {
      assertEquals(conversations, encrypted.list());
      assertEquals(written, readAll(encrypted));
      // and it keeps working: the next sequence number continues
      assertEquals(41, encrypted.append(id(1), new NewMessage(MessageDirection.OUTGOING, "me", T0, T0,
          new MessageBody("after"))).orElseThrow().sequence());
    }

    byte[] header = Arrays.copyOf(Files.readAllBytes(file), PLAIN_HEADER.length);
    assertFalse(Arrays.equals(PLAIN_HEADER, header), "header still says plain SQLite");
    assertThrows(SQLException.class, () -> readWithPlainConnection(file));
    assertTrue(Files.exists(SaltFile.pathFor(file)));

    try (SqlConversationStore reopened = SqlConversationStore.openEncrypted(file, "pw".toCharArray(),
        TestKdf.FAST)) {
      assertEquals(written.size() + 1, readAll(reopened).size());
    }
  }

  @Test
  void plainDatabaseLeftWithAnUncheckpointedWalIsEncryptedWithEveryRow() throws Exception {
    Path live = directory.resolve("live").resolve("conversations.db");
    Path crashed = directory.resolve("crashed").resolve("conversations.db");
    List<Message> written;
    try (SqlConversationStore plain = SqlConversationStore.open(live)) {
      written = fill(plain, "wal");
      // a copy taken while the database is open is what a crash leaves: rows still only in the -wal file
      Files.createDirectories(crashed.getParent());
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.copy(Path.of(live + suffix), Path.of(crashed + suffix));
      }
    }
    assertTrue(Files.size(Path.of(crashed + "-wal")) > 0, "the copy should hold an uncheckpointed WAL");
    try (SqlConversationStore encrypted = SqlConversationStore.openEncrypted(crashed, "pw".toCharArray(),
        TestKdf.FAST)) {
      assertEquals(written, readAll(encrypted));
    }
    assertThrows(SQLException.class, () -> readWithPlainConnection(crashed));
  }

  @Test
  void wrongPasswordIsAClearErrorAndTouchesNothing() throws Exception {
    Path file = directory.resolve("conversations.db");
    try (SqlConversationStore store = SqlConversationStore.openEncrypted(file, "right".toCharArray(),
        TestKdf.FAST)) {
      fill(store, "kept");
    }
    Map<Path, byte[]> before = snapshot(directory);

    WrongStatePasswordException wrong = assertThrows(WrongStatePasswordException.class,
        () -> SqlConversationStore.openEncrypted(file, "wrong".toCharArray(), TestKdf.FAST));
    assertEquals("wrong password for conversations.db", wrong.getMessage());
    assertEquals(0, wrong.getStackTrace().length);
    WrongStatePasswordException none = assertThrows(WrongStatePasswordException.class,
        () -> SqlConversationStore.open(file));
    assertTrue(none.getMessage().contains("a password is needed"), none.getMessage());

    assertSnapshotEquals(before, snapshot(directory));
    try (SqlConversationStore store = SqlConversationStore.openEncrypted(file, "right".toCharArray(),
        TestKdf.FAST)) {
      assertEquals(120, readAll(store).size());
    }
  }

  @Test
  void encryptedDatabaseWithoutItsSaltFileIsRefused() throws Exception {
    Path file = directory.resolve("conversations.db");
    try (SqlConversationStore store = SqlConversationStore.openEncrypted(file, "pw".toCharArray(), TestKdf.FAST)) {
      fill(store, "x");
    }
    Files.delete(SaltFile.pathFor(file));
    WrongStatePasswordException e = assertThrows(WrongStatePasswordException.class,
        () -> SqlConversationStore.openEncrypted(file, "pw".toCharArray(), TestKdf.FAST));
    assertTrue(e.getMessage().contains("salt file"), e.getMessage());
  }

  @Test
  void noKnownPlaintextReachesAnyFileInTheDirectory() throws Exception {
    Path file = directory.resolve("conversations.db");
    String marker = "PLAINTEXT-MARKER-7f3a9c";
    try (SqlConversationStore store = SqlConversationStore.openEncrypted(file, "pw".toCharArray(), TestKdf.FAST)) {
      store.create(Conversation.start(id(1), ConversationKind.DIRECT, marker + " title", T0));
      for (int i = 0; i < 200; i++) {
        store.append(id(1), new NewMessage(MessageDirection.OUTGOING, marker + "-sender", T0, T0,
            new MessageBody(marker + " body " + i)));
      }
      // scan while open too: the WAL holds recent pages before a checkpoint
      assertMarkerAbsent(marker);
    }
    assertMarkerAbsent(marker);
  }

  @Test
  void databaseAndSaltFilesAreOwnerOnly() throws Exception {
    Path file = directory.resolve("state").resolve("conversations.db");
    try (SqlConversationStore store = SqlConversationStore.openEncrypted(file, "pw".toCharArray(), TestKdf.FAST)) {
      fill(store, "p");
      try (Stream<Path> files = Files.list(file.getParent())) {
        for (Path p : files.toList()) {
          assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
      }
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }

  private void assertMarkerAbsent(String marker) throws IOException {
    byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = marker.getBytes(StandardCharsets.UTF_16LE);
    int scanned = 0;
    for (Map.Entry<Path, byte[]> entry : snapshot(directory).entrySet()) {
      assertFalse(contains(entry.getValue(), needle), "plaintext found in " + entry.getKey());
      assertFalse(contains(entry.getValue(), utf16), "UTF-16 plaintext found in " + entry.getKey());
      scanned += entry.getValue().length;
    }
    assertTrue(scanned > 10_000, "scanned only " + scanned + " bytes");
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static Map<Path, byte[]> snapshot(Path root) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSnapshotEquals(Map<Path, byte[]> expected, Map<Path, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (Path p : expected.keySet()) {
      assertArrayEquals(expected.get(p), actual.get(p), "changed: " + p);
    }
  }

  private static void readWithPlainConnection(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        var rows = connection.createStatement().executeQuery("SELECT count(*) FROM message")) {
      rows.next();
    }
  }
}
