package dev.quicnprotochat.bootstrap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.ProfileException;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.bootstrap.ServerComponent;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.identity.Username;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// A profile's trust-on-first-use records live in its sealed state: an old cleartext `known_servers` moves in once,
/// and a changed certificate is refused with a line naming `forget-server`.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProfileKnownServersIntegrationTest {

  private static final String OLD = "ab".repeat(32);
  private static final String OTHER = "cd".repeat(32);

  @TempDir
  Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private final ProfileOpener profiles = new ProfileOpener(ProfileComponentIntegrationTest.SMALL);
  private ServerAddress server = new ServerAddress("chat.secret-club.example", 7443);

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
  }

  private Path stateDirectory() {
    return dir.resolve("profiles").resolve("alice");
  }

  private ProfileOptions options() {
    return new ProfileOptions(server, Username.of("alice"), stateDirectory(),
        Optional.of(StatePassword.of("state password".toCharArray())), Optional.empty(), Optional.empty());
  }

  private ClientProfile openProfile() throws ProfileException {
    ClientProfile profile = profiles.open(options());
    open.add(profile);
    return profile;
  }

  private Path legacyFile(String content) throws Exception {
    Files.createDirectories(stateDirectory(), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    Path file = stateDirectory().resolve(ProfileOpener.KNOWN_SERVERS_FILE);
    Files.writeString(file, content);
    return file;
  }

  private static boolean anyFileContains(Path directory, String text) throws Exception {
    try (var files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aCleartextKnownServersFileIsMovedIntoTheSealedStateOnce() throws Exception {
    Path legacy = legacyFile("# quicnprotochat known servers\n" + server + " " + OLD + "\n\nother.example:443 "
        + OTHER + "\n");

    ClientProfile alice = openProfile();

    assertFalse(Files.exists(legacy));
    assertEquals(Optional.of(OLD), alice.knownServers().fingerprint(server));
    assertEquals(Optional.of(OTHER), alice.knownServers().fingerprint(new ServerAddress("other.example", 443)));
    assertFalse(anyFileContains(stateDirectory(), "secret-club"), "the host is sealed");
    assertFalse(anyFileContains(stateDirectory(), OLD), "the fingerprint is sealed");
    alice.close();

    ClientProfile again = openProfile();
    assertEquals(Optional.of(OLD), again.knownServers().fingerprint(server));
  }

  @Test
  void aBrokenCleartextFileIsAOneLineErrorAndStaysForTheUserToFix() throws Exception {
    Path legacy = legacyFile(server + " not-a-fingerprint\n");

    ProfileException broken = assertThrows(ProfileException.class, this::openProfile);

    assertEquals(1, broken.getMessage().lines().count(), broken.getMessage());
    assertTrue(broken.getMessage().contains("line 1 is not 'host:port sha256-hex'"), broken.getMessage());
    assertTrue(Files.exists(legacy));
    // the state directory was closed again: a fixed file opens
    Files.writeString(legacy, server + " " + OLD + "\n");
    assertEquals(Optional.of(OLD), openProfile().knownServers().fingerprint(server));
  }

  @Test
  void aChangedCertificateIsRefusedUntilForgetServer() throws Exception {
    startServer();
    ClientProfile alice = openProfile();
    alice.knownServers().recordIfAbsent(server, OLD);

    ServerUnreachable refused = assertInstanceOf(ServerUnreachable.class, ensureSession(alice));
    assertEquals(1, refused.message().lines().count(), refused.message());
    assertTrue(refused.message().contains("server certificate for " + server + " changed"), refused.message());
    assertTrue(refused.message().contains("run 'quicnprotochat forget-server --server " + server + " -u alice'"),
        refused.message());
    alice.close();

    ClientProfile again = openProfile();
    assertTrue(again.knownServers().forget(server));
    assertInstanceOf(EnsureSessionResult.SessionReady.class, ensureSession(again));
    String recorded = again.knownServers().fingerprint(server).orElseThrow();
    assertFalse(recorded.equals(OLD));
  }

  private EnsureSessionResult ensureSession(ClientProfile profile) {
    AccountPassword password = AccountPassword.of("alice account password".getBytes(StandardCharsets.UTF_8));
    try {
      return profile.ensureSession().ensureSession(new EnsureSessionCommand(server, profile.options().username(),
          password, Optional.empty()));
    } finally {
      password.clear();
    }
  }

  private void startServer() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:0");
    flags.put("data_dir", dir.resolve("server").toString());
    flags.put("store_backend", "file");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    open.add(component.resources());
    QpcServer qpc = component.server();
    open.add(qpc);
    InetSocketAddress address = qpc.start();
    server = new ServerAddress(address.getHostString(), address.getPort());
  }
}
