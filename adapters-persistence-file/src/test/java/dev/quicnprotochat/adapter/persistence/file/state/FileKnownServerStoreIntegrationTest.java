package dev.quicnprotochat.adapter.persistence.file.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Trust-on-first-use records in `known-servers.qpc`: kept across restarts, first one wins, forgettable, and sealed
/// with a state password.
@Timeout(60)
class FileKnownServerStoreIntegrationTest {

  private static final ServerAddress SERVER = new ServerAddress("chat.secret-club.example", 7443);
  private static final ServerAddress OTHER = new ServerAddress("other.example", 443);
  private static final String FIRST = "ab".repeat(32);
  private static final String SECOND = "cd".repeat(32);

  @TempDir
  Path directory;
  private StateFixture fixture;

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private StateDirectory open(boolean encrypted) throws Exception {
    fixture = new StateFixture(encrypted);
    return fixture.open(directory);
  }

  private byte[] fileBytes() throws Exception {
    return Files.readAllBytes(directory.resolve(FileKnownServerStore.FILE_NAME));
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theRecordsAreKeptAcrossRestarts(boolean encrypted) throws Exception {
    KnownServerStore store = new FileKnownServerStore(open(encrypted));
    assertEquals(Optional.empty(), store.fingerprint(SERVER));
    assertEquals(FIRST, store.recordIfAbsent(SERVER, FIRST));
    assertEquals(SECOND, store.recordIfAbsent(OTHER, SECOND.toUpperCase()));

    KnownServerStore reopened = new FileKnownServerStore(fixture.reopen());
    assertEquals(Optional.of(FIRST), reopened.fingerprint(SERVER));
    assertEquals(Optional.of(SECOND), reopened.fingerprint(OTHER));
    assertEquals(Optional.empty(), reopened.fingerprint(new ServerAddress(SERVER.host(), 7444)));
  }

  @Test
  void recordIfAbsentKeepsTheFirstRecord() throws Exception {
    KnownServerStore store = new FileKnownServerStore(open(false));
    store.recordIfAbsent(SERVER, FIRST);

    assertEquals(FIRST, store.recordIfAbsent(SERVER, SECOND));
    assertEquals(Optional.of(FIRST), new FileKnownServerStore(fixture.reopen()).fingerprint(SERVER));
  }

  @Test
  void aForgottenServerRecordsTheNextCertificate() throws Exception {
    KnownServerStore store = new FileKnownServerStore(open(true));
    store.recordIfAbsent(SERVER, FIRST);
    store.recordIfAbsent(OTHER, FIRST);

    assertTrue(store.forget(SERVER));
    assertFalse(store.forget(SERVER));
    assertEquals(Optional.empty(), store.fingerprint(SERVER));
    assertEquals(SECOND, store.recordIfAbsent(SERVER, SECOND));
    assertEquals(Optional.of(FIRST), new FileKnownServerStore(fixture.reopen()).fingerprint(OTHER));
  }

  @Test
  void aMalformedFingerprintIsRefused() throws Exception {
    KnownServerStore store = new FileKnownServerStore(open(false));

    assertThrows(IllegalArgumentException.class, () -> store.recordIfAbsent(SERVER, "not-a-sha256"));
    assertThrows(IllegalArgumentException.class, () -> store.recordIfAbsent(SERVER, "ab".repeat(31)));
  }

  @Test
  void withAStatePasswordNeitherHostNorFingerprintIsOnDisk() throws Exception {
    new FileKnownServerStore(open(true)).recordIfAbsent(SERVER, FIRST);

    byte[] bytes = fileBytes();
    assertFalse(contains(bytes, "secret-club".getBytes(StandardCharsets.UTF_8)));
    assertFalse(contains(bytes, FIRST.getBytes(StandardCharsets.UTF_8)));
    assertFalse(contains(bytes, HexFormat.of().parseHex(FIRST)));
  }

  @Test
  void withoutAStatePasswordTheSameRecordIsReadable() throws Exception {
    new FileKnownServerStore(open(false)).recordIfAbsent(SERVER, FIRST);

    byte[] bytes = fileBytes();
    assertTrue(contains(bytes, "secret-club".getBytes(StandardCharsets.UTF_8)));
    assertTrue(contains(bytes, HexFormat.of().parseHex(FIRST)));
  }

  @Test
  void settingAStatePasswordSealsExistingRecords() throws Exception {
    new FileKnownServerStore(open(false)).recordIfAbsent(SERVER, FIRST);
    fixture.close();

    fixture = new StateFixture(true);
    StateDirectory sealed = fixture.open(directory);

    assertFalse(contains(fileBytes(), "secret-club".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of(FIRST), new FileKnownServerStore(sealed).fingerprint(SERVER));
  }
}
