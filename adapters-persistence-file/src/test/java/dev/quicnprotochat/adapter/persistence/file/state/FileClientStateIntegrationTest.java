package dev.quicnprotochat.adapter.persistence.file.state;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aCachedSession;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupId;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aGroupState;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aKeyPackageSecret;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aServer;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.anIdentity;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.identity.Username;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// What the state directory protects: passwords, plaintext on disk, tampering, permissions and interrupted writes.
@Timeout(60)
class FileClientStateIntegrationTest {

  private static final String GROUP_MARKER = "GROUP-STATE-MARKER-7f3a";
  private static final Username CONTACT = Username.of("mallory.marker");
  private static final String CERTIFICATE_SHA256 = "5eed".repeat(16);

  @TempDir
  Path directory;

  /// Secrets written into a state directory, as bytes a scan can search for.
  record Written(IdentityKeyPair identity, KeyPackageSecret secret, CachedSession session,
      ChannelId group, SerializedGroupState groupState) {

    List<byte[]> needles() {
      return List.of(identity.seed(), secret.privateKeys(), session.token().toByteArray(),
          GROUP_MARKER.getBytes(StandardCharsets.UTF_8), CONTACT.value().getBytes(StandardCharsets.UTF_8),
          "chat.example".getBytes(StandardCharsets.UTF_8), group.value().toByteArray(),
          HexFormat.of().parseHex(CERTIFICATE_SHA256));
    }
  }

  static Written writeEverything(StateDirectory state) {
    Written written = new Written(anIdentity(), aKeyPackageSecret(),
        aCachedSession(aServer(), Username.of("alice"), Instant.parse("2030-01-01T00:00:00Z")), aGroupId(),
        aGroupState(GROUP_MARKER));
    new FileIdentityVault(state).create(written.identity());
    new FileKeyPackageSecretStore(state).saveAll(List.of(written.secret()));
    new FileSessionTokenCache(state).put(written.session());
    new FileGroupStateStore(state).save(written.group(), written.groupState());
    new FileContactKeyStore(state).check(CONTACT, anIdentityKey(), Instant.EPOCH);
    new FileKnownServerStore(state).recordIfAbsent(aServer(), CERTIFICATE_SHA256);
    return written;
  }

  static void assertAllReadable(StateDirectory state, Written written) {
    assertEquals(Optional.of(written.identity()), new FileIdentityVault(state).load());
    assertEquals(Optional.of(written.secret()), new FileKeyPackageSecretStore(state).take(written.secret().ref()));
    assertEquals(Optional.of(written.session()), new FileSessionTokenCache(state)
        .find(aServer(), Username.of("alice"), Instant.parse("2026-01-01T00:00:00Z")));
    assertEquals(Optional.of(written.groupState()), new FileGroupStateStore(state).load(written.group()));
    assertTrue(new FileContactKeyStore(state).find(CONTACT).isPresent());
    assertEquals(Optional.of(CERTIFICATE_SHA256), new FileKnownServerStore(state).fingerprint(aServer()));
  }

  /// Every needle found in any file's bytes or any file name under the directory.
  static List<String> findPlaintext(Path root, List<byte[]> needles) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String name = path.getFileName().toString();
        byte[] content = Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
        for (byte[] needle : needles) {
          if (indexOf(content, needle) >= 0 || name.contains(HexFormat.of().formatHex(needle))) {
            found.add(root.relativize(path) + " holds " + HexFormat.of().formatHex(needle));
          }
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void noKnownPlaintextIsOnDiskWithAPassword() throws Exception {
    Written written;
    try (StateDirectory state = StateFixture.open(directory, true)) {
      written = writeEverything(state);
      assertEquals(List.of(), findPlaintext(directory, written.needles()));
    }
    assertEquals(List.of(), findPlaintext(directory, written.needles()));
  }

  @Test
  void withoutAPasswordTheSameScanFindsThePlaintext() throws Exception {
    // proves the scan above can fail: the same data without a password is there to be found
    try (StateDirectory state = StateFixture.open(directory, false)) {
      Written written = writeEverything(state);
      List<String> found = findPlaintext(directory, written.needles());
      assertTrue(found.size() >= 5, found.toString());
    }
  }

  @Test
  void wrongPasswordFailsCleanlyAndTouchesNothing() throws Exception {
    Written written;
    try (StateDirectory state = StateFixture.open(directory, true)) {
      written = writeEverything(state);
    }
    Map<String, String> before = DirectorySnapshot.of(directory);
    Thread.sleep(20); // so that any write would show in a modification time
    WrongStatePasswordException wrong = assertThrows(WrongStatePasswordException.class,
        () -> StateDirectory.openEncrypted(directory, StatePassword.of("wrong".toCharArray()),
            SealedFileTest.FAST));
    assertEquals("wrong password for the client state in " + directory, wrong.getMessage());
    WrongStatePasswordException missing = assertThrows(WrongStatePasswordException.class,
        () -> StateDirectory.openUnencrypted(directory));
    assertEquals("the client state in " + directory + " is encrypted: its password is needed", missing.getMessage());
    assertEquals(before, DirectorySnapshot.of(directory));
    try (StateDirectory state = StateFixture.open(directory, true)) {
      assertAllReadable(state, written);
    }
  }

  @Test
  void filesArePrivateToTheOwner() throws Exception {
    for (boolean encrypted : new boolean[] {false, true}) {
      Path root = directory.resolve(encrypted ? "encrypted" : "plain").resolve("profile");
      try (StateDirectory state = StateFixture.open(root, encrypted)) {
        writeEverything(state);
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.toList()) {
          String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
          assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
      }
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.getParent())));
    }
  }

  @Test
  void anExistingStateDirectoryOpenToOthersIsRestrictedToTheOwner() throws Exception {
    Path root = directory.resolve("made-by-hand");
    Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    StateFixture.open(root, false).close();
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
  }

  @Test
  void tamperingWithAnyStateFileIsDetected() throws Exception {
    try (StateDirectory state = StateFixture.open(directory, true)) {
      writeEverything(state);
    }
    List<Path> files;
    try (Stream<Path> paths = Files.walk(directory)) {
      files = paths.filter(path -> path.getFileName().toString().endsWith(StateDirectory.FILE_SUFFIX)).toList();
    }
    assertEquals(6, files.size());
    for (Path file : files) {
      byte[] original = Files.readAllBytes(file);
      byte[] tampered = original.clone();
      tampered[tampered.length - 20] ^= 0x40; // inside the ciphertext of every file
      Files.write(file, tampered);
      try (StateDirectory state = StateFixture.open(directory, true)) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> readEverything(state));
        IOException cause = e.getCause();
        assertInstanceOf(CorruptStateFileException.class, cause, file.toString());
        assertTrue(cause.getMessage().endsWith("failed authentication: it is damaged or was tampered with"),
            cause.getMessage());
      }
      Files.write(file, original);
    }
  }

  @Test
  void flippingAnyByteOfARealGroupStateFileIsDetected() throws Exception {
    ChannelId group = aGroupId();
    try (StateDirectory state = StateFixture.open(directory, true)) {
      FileGroupStateStore groups = new FileGroupStateStore(state);
      SerializedGroupState saved = aGroupState(GROUP_MARKER);
      groups.save(group, saved);
      Path file = state.groupFile(group);
      byte[] original = Files.readAllBytes(file);
      for (int i = 0; i < original.length; i++) {
        byte[] tampered = original.clone();
        tampered[i] ^= (byte) 0x80;
        Files.write(file, tampered);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> groups.load(group), "byte " + i);
        assertInstanceOf(CorruptStateFileException.class, e.getCause(), "byte " + i);
      }
      Files.write(file, original);
      assertEquals(Optional.of(saved), groups.load(group));
    }
  }

  private static void readEverything(StateDirectory state) {
    new FileIdentityVault(state).load();
    new FileKeyPackageSecretStore(state).refs();
    new FileSessionTokenCache(state).find(aServer(), Username.of("alice"), Instant.EPOCH);
    new FileContactKeyStore(state).list();
    new FileKnownServerStore(state).fingerprint(aServer());
    FileGroupStateStore groups = new FileGroupStateStore(state);
    groups.groups().forEach(groups::load);
  }

  @Test
  void tamperedKeyFileReadsAsAWrongPassword() throws Exception {
    try (StateDirectory state = StateFixture.open(directory, true)) {
      writeEverything(state);
    }
    Path keyFile = directory.resolve(StateDirectory.KEY_FILE);
    byte[] content = Files.readAllBytes(keyFile);
    content[content.length - 1] ^= 1;
    Files.write(keyFile, content);
    assertThrows(WrongStatePasswordException.class, () -> StateFixture.open(directory, true));
  }

  @Test
  void aPlaintextFileIsRefusedInAnEncryptedState() throws Exception {
    try (StateDirectory state = StateFixture.open(directory, true)) {
      writeEverything(state);
    }
    Path identity = directory.resolve(FileIdentityVault.FILE_NAME);
    Files.write(identity, SealedFile.plaintext(FileKind.IDENTITY, new byte[64]));
    try (StateDirectory state = StateFixture.open(directory, true)) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new FileIdentityVault(state).load());
      assertEquals(identity + " is not encrypted although the client state has a password",
          e.getCause().getMessage());
    }
  }

  @Test
  void aGroupFileSwappedForAnotherGroupsIsRefused() throws Exception {
    ChannelId first = aGroupId();
    ChannelId second = aGroupId();
    try (StateDirectory state = StateFixture.open(directory, true)) {
      FileGroupStateStore groups = new FileGroupStateStore(state);
      groups.save(first, aGroupState());
      groups.save(second, aGroupState());
      Files.copy(state.groupFile(first), state.groupFile(second), StandardCopyOption.REPLACE_EXISTING);
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> groups.load(second));
      assertTrue(e.getCause().getMessage().endsWith("holds the state of another group"), e.getCause().getMessage());
    }
  }

  @Test
  void leftoverTemporaryFilesOfACrashedWriteAreIgnoredAndRemoved() throws Exception {
    ChannelId group = aGroupId();
    SerializedGroupState saved = aGroupState();
    Path groupFile;
    try (StateDirectory state = StateFixture.open(directory, true)) {
      new FileGroupStateStore(state).save(group, saved);
      groupFile = state.groupFile(group);
    }
    // a crash after writing the temporary file but before the rename leaves it behind, maybe half written
    Path leftover = groupFile.resolveSibling(groupFile.getFileName() + ".0a1b2c3d4e5f.tmp");
    Files.write(leftover, new byte[] {'Q', 'P', 'C'});
    Path identityLeftover = directory.resolve(FileIdentityVault.FILE_NAME + ".00ff00ff00ff.tmp");
    Files.write(identityLeftover, new byte[100]);
    try (StateDirectory state = StateFixture.open(directory, true)) {
      assertFalse(Files.exists(leftover));
      assertFalse(Files.exists(identityLeftover));
      FileGroupStateStore groups = new FileGroupStateStore(state);
      assertEquals(Optional.of(saved), groups.load(group));
      assertEquals(List.of(group), groups.groups());
      assertEquals(Optional.empty(), new FileIdentityVault(state).load());
    }
  }

  @Test
  void aStateDirectoryOpensOnceAtATime() throws Exception {
    try (StateDirectory state = StateFixture.open(directory, true)) {
      IOException e = assertThrows(IOException.class, () -> StateFixture.open(directory, true));
      assertEquals("the client state in " + directory + " is already open in this process", e.getMessage());
    }
    StateFixture.open(directory, true).close();
  }

  @Test
  void closedStateWipesItsKeyAndRefusesUse() throws Exception {
    StateDirectory state = StateFixture.open(directory, true);
    FileGroupStateStore groups = new FileGroupStateStore(state);
    state.close();
    assertThrows(IllegalStateException.class, () -> groups.save(aGroupId(), aGroupState()));
  }

  @Test
  void storeInstancesOnOneDirectoryNeitherLoseUpdatesNorHandASecretOutTwice() throws Exception {
    try (StateDirectory state = StateFixture.open(directory, true)) {
      List<KeyPackageSecret> secrets = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        secrets.add(aKeyPackageSecret());
      }
      FileKeyPackageSecretStore first = new FileKeyPackageSecretStore(state);
      FileKeyPackageSecretStore second = new FileKeyPackageSecretStore(state);
      first.saveAll(secrets.subList(0, 8));
      second.saveAll(secrets.subList(8, 16));
      assertEquals(16, first.refs().size());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Optional<KeyPackageSecret>>> takes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          for (int i = 0; i < secrets.size(); i++) {
            FileKeyPackageSecretStore store = i % 2 == 0 ? first : second;
            KeyPackageSecret secret = secrets.get(i);
            takes.add(pool.submit(() -> store.take(secret.ref())));
          }
        }
        long handedOut = 0;
        for (Future<Optional<KeyPackageSecret>> take : takes) {
          handedOut += take.get().isPresent() ? 1 : 0;
        }
        assertEquals(16, handedOut);
      } finally {
        pool.shutdownNow();
      }
      assertEquals(List.of(), second.refs());
    }
  }

  @Test
  void aNewKeyRecordsItsArgon2idCostInTheKeyFile() throws Exception {
    StateKdfParameters cost = new StateKdfParameters(256, 2, 2);
    try (StateDirectory state = StateDirectory.openEncrypted(directory, StatePassword.of("pw".toCharArray()), cost)) {
      assertTrue(state.encrypted());
    }
    SealedFile.Parsed keyFile = SealedFile.parse(Files.readAllBytes(directory.resolve(StateDirectory.KEY_FILE)), "k");
    assertEquals(cost, keyFile.parameters());
    // a later open keeps the recorded cost whatever the caller's defaults are
    try (StateDirectory state = StateDirectory.openEncrypted(directory, StatePassword.of("pw".toCharArray()),
        SealedFileTest.FAST)) {
      new FileIdentityVault(state).create(anIdentity());
    }
    SealedFile.Parsed identity = SealedFile.parse(Files.readAllBytes(directory.resolve(FileIdentityVault.FILE_NAME)),
        "i");
    assertEquals(cost, identity.parameters());
    assertEquals(new StateKdfParameters(64 * 1024, 3, 4), StateKdfParameters.DEFAULT);
  }
}
