package dev.quicnprotochat.adapter.persistence.file.state;

import static dev.quicnprotochat.adapter.persistence.file.state.FileClientStateIntegrationTest.assertAllReadable;
import static dev.quicnprotochat.adapter.persistence.file.state.FileClientStateIntegrationTest.findPlaintext;
import static dev.quicnprotochat.adapter.persistence.file.state.FileClientStateIntegrationTest.writeEverything;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupId;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.persistence.file.state.FileClientStateIntegrationTest.Written;
import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Setting a password on an unencrypted state directory: every file re-sealed in place, and a crash part-way leaves
/// every file readable and is finished by the next open.
@Timeout(120)
class StateMigrationIntegrationTest {

  /// Five fixed files plus these groups: eight files to migrate.
  private static final int EXTRA_GROUPS = 2;
  private static final int FILES = 5 + 1 + EXTRA_GROUPS;

  @TempDir
  Path root;

  private record PlainState(Written written, Map<ChannelId, SerializedGroupState> groups) {}

  private static PlainState writePlainState(Path directory) throws Exception {
    try (StateDirectory state = StateFixture.open(directory, false)) {
      Written written = writeEverything(state);
      Map<ChannelId, SerializedGroupState> groups = new HashMap<>();
      groups.put(written.group(), written.groupState());
      FileGroupStateStore store = new FileGroupStateStore(state);
      for (int i = 0; i < EXTRA_GROUPS; i++) {
        ChannelId group = aGroupId();
        SerializedGroupState groupState = aGroupState();
        store.save(group, groupState);
        groups.put(group, groupState);
      }
      return new PlainState(written, groups);
    }
  }

  private static List<Path> stateFiles(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(path -> path.getFileName().toString().endsWith(StateDirectory.FILE_SUFFIX)).sorted()
          .toList();
    }
  }

  private static void assertFullyMigrated(Path directory, PlainState plain) throws Exception {
    assertFalse(Files.exists(directory.resolve(StateDirectory.MIGRATION_MARKER)));
    List<Path> files = stateFiles(directory);
    assertEquals(FILES, files.size(), files.toString());
    for (Path file : files) {
      assertTrue(SealedFile.parse(Files.readAllBytes(file), file.toString()).sealed(), file + " is not sealed");
    }
    assertEquals(List.of(), findPlaintext(directory, plain.written().needles()));
    try (StateDirectory state = StateFixture.open(directory, true)) {
      FileGroupStateStore groups = new FileGroupStateStore(state);
      assertEquals(plain.groups().keySet(), Set.copyOf(groups.groups()));
      plain.groups().forEach((group, groupState) -> assertEquals(Optional.of(groupState), groups.load(group)));
      assertAllReadable(state, plain.written());
    }
    assertThrows(WrongStatePasswordException.class, () -> StateDirectory.openUnencrypted(directory));
  }

  /// Counts sealed and plaintext state files, checking that each opens: sealed ones with the key from the key file.
  private static int[] countReadableFiles(Path directory) throws Exception {
    Path keyFile = directory.resolve(StateDirectory.KEY_FILE);
    SealedFile.Parsed keyHeader = SealedFile.parse(Files.readAllBytes(keyFile), keyFile.toString());
    StateKey key = StateKey.derive(StatePassword.of(StateFixture.PASSWORD.toCharArray()), keyHeader.parameters(),
        keyHeader.salt());
    int sealed = 0;
    int plaintext = 0;
    for (Path file : stateFiles(directory)) {
      SealedFile.Parsed parsed = SealedFile.parse(Files.readAllBytes(file), file.toString());
      byte[] body = parsed.sealed() ? SealedFile.open(parsed, key, file.toString()) : parsed.body();
      assertTrue(body.length > 0, file.toString());
      if (parsed.sealed()) {
        sealed++;
      } else {
        plaintext++;
      }
    }
    key.destroy();
    return new int[] {sealed, plaintext};
  }

  @Test
  void settingAPasswordSealsEveryFileInPlace() throws Exception {
    Path directory = root.resolve("profile");
    PlainState plain = writePlainState(directory);
    assertFalse(findPlaintext(directory, plain.written().needles()).isEmpty());
    StateFixture.open(directory, true).close();
    assertFullyMigrated(directory, plain);
  }

  @Test
  void aCrashAfterAnyFileLeavesEveryFileReadableAndTheNextOpenFinishes() throws Exception {
    for (int crashAfter = 1; crashAfter < FILES; crashAfter++) {
      Path directory = root.resolve("crash-after-" + crashAfter);
      PlainState plain = writePlainState(directory);
      int limit = crashAfter;
      int[] migrated = {0};
      IOException crash = assertThrows(IOException.class, () -> StateDirectory.openEncrypted(directory,
          StatePassword.of(StateFixture.PASSWORD.toCharArray()), SealedFileTest.FAST, file -> {
            if (++migrated[0] == limit) {
              throw new IOException("simulated crash");
            }
          }));
      assertEquals("simulated crash", crash.getMessage());
      assertTrue(Files.exists(directory.resolve(StateDirectory.MIGRATION_MARKER)));
      int[] counts = countReadableFiles(directory);
      assertEquals(crashAfter, counts[0], "sealed files after crashing at " + crashAfter);
      assertEquals(FILES - crashAfter, counts[1], "plaintext files after crashing at " + crashAfter);
      // the state has a key file now: it needs its password, and a wrong one changes nothing
      assertThrows(WrongStatePasswordException.class, () -> StateDirectory.openUnencrypted(directory));
      Map<String, String> before = DirectorySnapshot.of(directory);
      assertThrows(WrongStatePasswordException.class, () -> StateDirectory.openEncrypted(directory,
          StatePassword.of("wrong".toCharArray()), SealedFileTest.FAST));
      assertEquals(before, DirectorySnapshot.of(directory));
      StateFixture.open(directory, true).close();
      assertFullyMigrated(directory, plain);
    }
  }

  @Test
  void aCrashBetweenWritingASealedGroupFileAndDeletingThePlaintextOneIsRepaired() throws Exception {
    Path directory = root.resolve("profile");
    PlainState plain = writePlainState(directory);
    Path plainGroupFile = stateFiles(directory).stream().filter(path -> path.getParent().endsWith("groups"))
        .findFirst().orElseThrow();
    byte[] plainContent = Files.readAllBytes(plainGroupFile);
    StateFixture.open(directory, true).close();
    // put the plaintext file back as if the crash came right before its deletion, with the marker still there
    Files.write(plainGroupFile, plainContent);
    Files.write(directory.resolve(StateDirectory.MIGRATION_MARKER), new byte[0]);
    assertEquals(FILES + 1, stateFiles(directory).size());
    StateFixture.open(directory, true).close();
    assertFullyMigrated(directory, plain);
  }

  @Test
  void aCrashBeforeTheKeyFileWasWrittenLeavesAnUnencryptedState() throws Exception {
    Path directory = root.resolve("profile");
    PlainState plain = writePlainState(directory);
    Files.write(directory.resolve(StateDirectory.MIGRATION_MARKER), new byte[0]);
    try (StateDirectory state = StateFixture.open(directory, false)) {
      assertFalse(state.encrypted());
      assertAllReadable(state, plain.written());
    }
    assertFalse(Files.exists(directory.resolve(StateDirectory.MIGRATION_MARKER)));
  }

  @Test
  void aPlaintextFileWithoutTheMigrationMarkerIsNotSilentlyAccepted() throws Exception {
    Path directory = root.resolve("profile");
    PlainState plain = writePlainState(directory);
    byte[] plainIdentity = Files.readAllBytes(directory.resolve(FileIdentityVault.FILE_NAME));
    StateFixture.open(directory, true).close();
    Files.write(directory.resolve(FileIdentityVault.FILE_NAME), plainIdentity);
    try (StateDirectory state = StateFixture.open(directory, true)) {
      assertThrows(UncheckedIOException.class, () -> new FileIdentityVault(state).load());
      assertEquals(Optional.of(plain.groups().get(plain.written().group())),
          new FileGroupStateStore(state).load(plain.written().group()));
    }
  }
}
