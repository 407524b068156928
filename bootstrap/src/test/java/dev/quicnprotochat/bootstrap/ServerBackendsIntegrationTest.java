package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult.InboxPage;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult.KeyPackageFound;
import dev.quicnprotochat.application.port.in.FinishLoginCommand;
import dev.quicnprotochat.application.port.in.FinishLoginResult.LoggedIn;
import dev.quicnprotochat.application.port.in.FinishRegistrationCommand;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult.Registered;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult.Published;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.StartLoginCommand;
import dev.quicnprotochat.application.port.in.StartLoginResult;
import dev.quicnprotochat.application.port.in.StartRegistrationCommand;
import dev.quicnprotochat.application.port.in.StartRegistrationResult.RegistrationChallenge;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.CommitAccepted;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.bootstrap.testing.TestAccount;
import dev.quicnprotochat.bootstrap.testing.TestPostgres;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Every store backend configuration builds a component whose use cases work with real OPAQUE and real MLS key
/// packages, and whose data survives a restart of the component (a new graph on the same configuration).
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerBackendsIntegrationTest {

  @TempDir
  Path dir;

  @Test
  void fileBackend() throws Exception {
    Map<String, String> env = env("file");
    exercise(env, "file store in " + dir.resolve("data"));
    assertTrue(Files.exists(dir.resolve("data/users.log")));
  }

  @Test
  void sqliteBackendDefaultsToServerDbInTheDataDir() throws Exception {
    exercise(env("sql"), "SQLite database " + dir.resolve("data/server.db"));
    assertTrue(Files.exists(dir.resolve("data/server.db")));
  }

  @Test
  void sqlcipherBackendRefusesAWrongKeyWithOneLine() throws Exception {
    Map<String, String> env = env("sql");
    env.put("QUICNPROTOCHAT_DB_PATH", dir.resolve("enc/server.db").toString());
    env.put("QUICNPROTOCHAT_DB_KEY", "correct key");
    exercise(env, "SQLCipher-encrypted SQLite database " + dir.resolve("enc/server.db"));
    byte[] header = Arrays16.first16(dir.resolve("enc/server.db"));
    assertTrue(!new String(header, StandardCharsets.US_ASCII).startsWith("SQLite format 3"));

    env.put("QUICNPROTOCHAT_DB_KEY", "wrong key");
    ServerComponent wrong = ServerComponent.create(load(env));
    ConfigException e = assertThrows(ConfigException.class, wrong::storage);
    assertTrue(e.getMessage().lines().count() == 1 && !e.getMessage().contains("wrong key"), e.getMessage());
  }

  @Test
  void postgresBackendInItsOwnSchema() throws Exception {
    String schema = TestPostgres.newSchemaName();
    try {
      Map<String, String> env = env("sql");
      env.put("QUICNPROTOCHAT_DB_URL", TestPostgres.URL);
      env.put("QUICNPROTOCHAT_DB_SCHEMA", schema);
      exercise(env, "PostgreSQL database, schema " + schema);
    } finally {
      TestPostgres.drop(schema);
    }
  }

  @Test
  void productionGuardsRefuseTheDevelopmentTokenAndAnUnencryptedSqlite() {
    Map<String, String> env = env("sql");
    env.put("QUICNPROTOCHAT_PRODUCTION", "1");
    env.put("QUICNPROTOCHAT_AUTH_TOKEN", "devtoken");
    ConfigException devtoken = assertThrows(ConfigException.class, () -> load(env));
    assertTrue(devtoken.getMessage().contains("development auth_token"), devtoken.getMessage());

    env.put("QUICNPROTOCHAT_AUTH_TOKEN", "a-real-secret");
    ConfigException noKey = assertThrows(ConfigException.class, () -> load(env));
    assertTrue(noKey.getMessage().contains("db_key"), noKey.getMessage());
  }

  private Map<String, String> env(String backend) {
    Map<String, String> env = new HashMap<>();
    env.put("QUICNPROTOCHAT_LISTEN", "127.0.0.1:0");
    env.put("QUICNPROTOCHAT_DATA_DIR", dir.resolve("data").toString());
    env.put("QUICNPROTOCHAT_STORE_BACKEND", backend);
    return env;
  }

  private static ServerConfig load(Map<String, String> env) {
    return ServerConfigLoader.load(Optional.empty(), env, Map.of());
  }

  /// Registers two users, publishes and takes key packages, adds one to the other's channel with a commit and
  /// sends to it; then rebuilds the graph on the same configuration and logs in again.
  private void exercise(Map<String, String> env, String description) throws Exception {
    TestAccount alice = new TestAccount("alice", "alice password");
    TestAccount bob = new TestAccount("bob", "bob password");
    ServerComponent server = ServerComponent.create(load(env));
    try {
      assertEquals(description, server.storage().description());
      register(server, alice);
      register(server, bob);
      Optional<SessionToken> aliceToken = Optional.of(login(server, alice));
      Optional<SessionToken> bobToken = Optional.of(login(server, bob));

      List<Bytes> batch = alice.keyPackages(2);
      var published = server.publishKeyPackages().publishKeyPackages(
          new PublishKeyPackagesCommand(aliceToken, batch, Optional.of(alice.keyPackages(1).getFirst())));
      assertEquals(2, assertInstanceOf(Published.class, published).count().available());
      var taken = server.fetchKeyPackage().fetchKeyPackage(new FetchKeyPackageCommand(bobToken, alice.identityKey()));
      assertEquals(batch.getFirst(), assertInstanceOf(KeyPackageFound.class, taken).keyPackage().data());

      var created = assertInstanceOf(ChannelCreated.class,
          server.createChannel().createChannel(new CreateChannelCommand(aliceToken, Optional.empty())));
      var commit = server.submitCommit().submitCommit(new SubmitCommitCommand(aliceToken, created.channelId(),
          Epoch.ZERO, MembershipChange.adding(bob.identityKey()), Bytes.wrap(new byte[] {1}),
          Optional.of(Bytes.wrap(new byte[] {2})), Optional.empty()));
      assertEquals(new Epoch(1), assertInstanceOf(CommitAccepted.class, commit).newEpoch());
      var sent = server.sendToChannel().sendToChannel(
          new SendToChannelCommand(aliceToken, created.channelId(), Bytes.wrap(new byte[] {3})));
      assertEquals(new Delivered(1), sent);
    } finally {
      server.resources().close();
    }

    ServerComponent restarted = ServerComponent.create(load(env));
    try {
      Optional<SessionToken> bobToken = Optional.of(login(restarted, bob));
      var page = assertInstanceOf(InboxPage.class,
          restarted.fetchInbox().fetchInbox(new FetchInboxCommand(bobToken, 0, 10)));
      // the Welcome, then the application message
      assertEquals(List.of(Bytes.wrap(new byte[] {2}), Bytes.wrap(new byte[] {3})),
          page.entries().stream().map(entry -> entry.payload()).toList());
    } finally {
      restarted.resources().close();
    }
  }

  private static void register(ServerComponent server, TestAccount account) {
    var challenge = assertInstanceOf(RegistrationChallenge.class, server.startRegistration().startRegistration(
        new StartRegistrationCommand(account.username(), account.registrationRequest(), Optional.empty())));
    Bytes upload = account.registrationUpload(challenge.registrationResponse());
    var registered = server.finishRegistration().finishRegistration(new FinishRegistrationCommand(
        account.username(), account.identityKey(), upload, account.bindingSignature(upload), Optional.empty()));
    assertEquals(new Registered(account.username(), account.identityKey()), registered);
  }

  private static SessionToken login(ServerComponent server, TestAccount account) {
    var challenge = assertInstanceOf(StartLoginResult.LoginChallenge.class,
        server.startLogin().startLogin(new StartLoginCommand(account.username(), account.ke1())));
    var result = server.finishLogin().finishLogin(
        new FinishLoginCommand(challenge.attempt(), account.ke3(challenge.ke2())));
    return assertInstanceOf(LoggedIn.class, result).token();
  }

  private static final class Arrays16 {
    static byte[] first16(Path file) throws java.io.IOException {
      try (var in = Files.newInputStream(file)) {
        return in.readNBytes(16);
      }
    }
  }
}
