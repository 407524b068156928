package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownServersTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @TempDir
  Path dir;

  private static ServerAddress server(String text) {
    return ServerAddress.parse(text);
  }

  @Test
  void firstFingerprintIsRecordedAndKept() throws IOException {
    KnownServers known = new KnownServers(dir.resolve("state").resolve("known_servers"));
    assertEquals(Optional.empty(), known.fingerprint(server("host:1")));
    assertEquals(A, known.recordIfAbsent(server("host:1"), A));
    assertEquals(A, known.recordIfAbsent(server("host:1"), B));
    assertEquals(B, known.recordIfAbsent(server("host:2"), B));
    assertEquals(Optional.of(A), known.fingerprint(server("host:1")));
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(known.file())));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(known.file().getParent())));
  }

  @Test
  void commentsAndBlankLinesAreIgnoredAndKept() throws IOException {
    Path file = dir.resolve("known_servers");
    Files.writeString(file, "# mine\n\nhost:1 " + A);
    KnownServers known = new KnownServers(file);
    known.recordIfAbsent(server("host:2"), B);
    assertEquals("# mine\n\nhost:1 " + A + "\nhost:2 " + B + "\n", Files.readString(file));
  }

  @Test
  void brokenLineIsReportedWithItsNumber() throws IOException {
    Path file = dir.resolve("known_servers");
    Files.writeString(file, "host:1 " + A + "\nhost:2 not-a-hash\n");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> new KnownServers(file).fingerprint(server("host:1")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void forgettingRemovesOnlyThatServersLine() throws IOException {
    Path file = dir.resolve("known_servers");
    Files.writeString(file, "# mine\nhost:1 " + A + "\nhost:2 " + B + "\n");
    KnownServers known = new KnownServers(file);

    assertTrue(known.forget(server("host:1")));
    assertFalse(known.forget(server("host:1")));
    assertEquals("# mine\nhost:2 " + B + "\n", Files.readString(file));
    assertEquals(B, known.recordIfAbsent(server("host:1"), B));
  }
}
