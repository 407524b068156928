package dev.quicnprotochat.bootstrap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.ProfileException;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.persistence.file.state.StateKdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.application.port.in.client.CreateGroupCommand;
import dev.quicnprotochat.application.port.in.client.CreateGroupResult;
import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.InboxWatch;
import dev.quicnprotochat.application.port.in.client.InboxWatchListener;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.ShowHistoryCommand;
import dev.quicnprotochat.application.port.in.client.ShowHistoryResult;
import dev.quicnprotochat.application.port.in.client.WatchInboxCommand;
import dev.quicnprotochat.application.port.in.client.WatchStatus;
import dev.quicnprotochat.application.port.in.client.WhoAmICommand;
import dev.quicnprotochat.application.port.in.client.WhoAmIResult;
import dev.quicnprotochat.bootstrap.ServerComponent;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.opaque.Ksf;
import java.net.DatagramSocket;
import java.time.Duration;
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
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// [ProfileOpener] and the [ProfileComponent] graph with every real adapter, against the real server in-process:
/// what the CLI gets when it opens a profile.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProfileComponentIntegrationTest {

  /// Small but real Argon2id everywhere, so the test spends its time on the protocol.
  static final ProfileCosts SMALL = new ProfileCosts(new StateKdfParameters(64, 1, 1), new KdfParameters(64, 1, 1),
      new Ksf.Argon2id(256, 1, 1));

  @TempDir
  Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private final ProfileOpener profiles = new ProfileOpener(SMALL);
  private ServerAddress server;
  private Path serverCert;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
  }

  @Test
  void twoProfilesRegisterFormAGroupAndTalkAndAReopenedProfileKeepsItsGroup() throws Exception {
    startServer();
    ClientProfile alice = open(options("alice", "alice's state", true));
    ClientProfile bob = open(options("bob", "bob's state", false));
    for (ClientProfile profile : List.of(alice, bob)) {
      assertEquals(new EnsureSessionResult.SessionReady(profile.options().username(),
          EnsureSessionResult.How.REGISTERED), ensureSession(profile));
      assertInstanceOf(ReplenishKeyPackagesResult.Published.class,
          profile.replenishKeyPackages().replenish(new ReplenishKeyPackagesCommand(2, 3, false)));
    }
    CreateGroupResult.GroupCreated created = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup().createGroup(new CreateGroupCommand("team")));
    assertInstanceOf(GroupCommitResult.Committed.class,
        alice.invite().invite(new InviteCommand(created.group(), Username.of("bob"))));
    InboxEvent.JoinedGroup joined = single(InboxEvent.JoinedGroup.class, drain(bob));
    assertEquals("alice", joined.inviter());
    ConversationId bobsConversation = joined.conversation().id();

    send(alice, created.conversation().id(), "first from alice");
    assertEquals(List.of("alice: first from alice"), received(bob));

    // bob quits and comes back: the same directory and password give him his identity, session and group
    Path bobsDirectory = bob.options().stateDirectory();
    bob.commandHistory().save(List.of("/switch alice", "first reply"));
    bob.close();
    bob.close(); // idempotent
    ClientProfile bobAgain = open(options("bob", "bob's state", false));
    assertEquals(bobsDirectory, bobAgain.options().stateDirectory());
    // the cached session is used: the password is not even asked for
    assertEquals(new EnsureSessionResult.SessionReady(Username.of("bob"), EnsureSessionResult.How.CACHED),
        bobAgain.ensureSession().ensureSession(new EnsureSessionCommand(server, Username.of("bob"), () -> {
          throw new AssertionError("a cached session needs no password");
        }, Optional.empty())));
    assertEquals(List.of("/switch alice", "first reply"), bobAgain.commandHistory().load());
    assertEquals(List.of(joined.conversation().title()), bobAgain.listConversations().listConversations().stream()
        .map(c -> c.title()).toList());
    ShowHistoryResult.History history = assertInstanceOf(ShowHistoryResult.History.class,
        bobAgain.showHistory().showHistory(new ShowHistoryCommand(bobsConversation, 10)));
    assertEquals(List.of("alice: first from alice"), history.messages().stream()
        .map(m -> m.sender() + ": " + m.body().text()).toList());
    send(alice, created.conversation().id(), "second from alice");
    assertEquals(List.of("alice: second from alice"), received(bobAgain));
    send(bobAgain, bobsConversation, "bob is back");
    assertEquals(List.of("bob: bob is back"), received(alice));

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(bobsDirectory)));
    assertTrue(Files.exists(bobsDirectory.resolve(ProfileOpener.CONVERSATIONS_FILE)));
    assertTrue(bobAgain.knownServers().fingerprint(server).isPresent(), "bob trusts on first use");
    assertFalse(Files.exists(bobsDirectory.resolve(ProfileOpener.KNOWN_SERVERS_FILE)), "no cleartext record");
    assertEquals(Optional.empty(), alice.knownServers().fingerprint(server), "alice pins the certificate");
  }

  @Test
  void callsFromTwoThreadsAtOnceBothSucceedOneAfterTheOther() throws Exception {
    startServer();
    ClientProfile alice = open(options("alice", "alice's state", true));
    ClientProfile bob = open(options("bob", "bob's state", true));
    for (ClientProfile profile : List.of(alice, bob)) {
      ensureSession(profile);
      profile.replenishKeyPackages().replenish(new ReplenishKeyPackagesCommand(2, 3, false));
    }
    CreateGroupResult.GroupCreated created = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup().createGroup(new CreateGroupCommand("team")));
    alice.invite().invite(new InviteCommand(created.group(), Username.of("bob")));
    single(InboxEvent.JoinedGroup.class, drain(bob));

    // each send advances the group's sending generation and saves the state: two sends running at once on one
    // state could save over each other and reuse a generation, which bob's MLS would reject; on the worker they
    // run one after the other and bob reads both
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<SendMessageResult>> sends = new ArrayList<>();
      for (String text : List.of("from thread one", "from thread two")) {
        sends.add(threads.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return alice.sendMessage().send(new SendMessageCommand(created.conversation().id(), Username.of("alice"),
              new MessageBody(text)));
        }));
      }
      for (Future<SendMessageResult> send : sends) {
        assertInstanceOf(SendMessageResult.Sent.class, send.get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(Set.of("alice: from thread one", "alice: from thread two"), Set.copyOf(received(bob)));
  }

  @Test
  void theInboxWatchRunsOnTheProfilesWorkerAndDeliversByPushUntilTheProfileCloses() throws Exception {
    startServer();
    ClientProfile alice = open(options("alice", "alice's state", true));
    ClientProfile bob = open(options("bob", "bob's state", true));
    for (ClientProfile profile : List.of(alice, bob)) {
      ensureSession(profile);
      profile.replenishKeyPackages().replenish(new ReplenishKeyPackagesCommand(2, 3, false));
    }
    BlockingQueue<Object> reports = new LinkedBlockingQueue<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    InboxWatchListener listener = new InboxWatchListener() {
      @Override
      public void processed(ProcessInboxResult.Processed result) {
        threads.add(Thread.currentThread().getName());
        reports.add(result);
      }

      @Override
      public void statusChanged(WatchStatus status) {
        threads.add(Thread.currentThread().getName());
        reports.add(status);
      }
    };
    // polling only every 10 minutes: whatever arrives within the test's timeouts was pushed
    InboxWatch watch = bob.watchInbox().watch(new WatchInboxCommand(Duration.ofMillis(100), Duration.ofSeconds(1),
        Duration.ofMinutes(10), 1), listener);
    assertEquals(new WatchStatus.Subscribed(), next(reports, WatchStatus.class));

    CreateGroupResult.GroupCreated created = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup().createGroup(new CreateGroupCommand("team")));
    alice.invite().invite(new InviteCommand(created.group(), Username.of("bob")));
    single(InboxEvent.JoinedGroup.class, next(reports, ProcessInboxResult.Processed.class).events());
    send(alice, created.conversation().id(), "pushed to bob");
    InboxEvent.MessageReceived pushed = single(InboxEvent.MessageReceived.class,
        next(reports, ProcessInboxResult.Processed.class).events());
    assertEquals("pushed to bob", pushed.message().body().text());
    assertTrue(threads.stream().allMatch("qpc-worker-bob"::equals), threads.toString());

    bob.close();
    assertInstanceOf(WatchStatus.Closed.class, watch.status());
  }

  /// The next report of `type`, skipping others (a status change may come between drains).
  private static <T> T next(BlockingQueue<Object> reports, Class<T> type) throws InterruptedException {
    while (true) {
      Object report = reports.poll(30, TimeUnit.SECONDS);
      assertTrue(report != null, "no " + type.getSimpleName() + " within 30 s");
      if (type.isInstance(report)) {
        return type.cast(report);
      }
    }
  }

  @Test
  void wrongStatePasswordMissingPasswordAndADirectoryInUseAreOneLineProfileExceptions() throws Exception {
    server = new ServerAddress("127.0.0.1", 9);
    open(options("alice", "right password", false)).close();

    ProfileException wrong = assertThrows(ProfileException.class,
        () -> profiles.open(options("alice", "wrong password", false)));
    assertTrue(wrong.getMessage().startsWith("wrong password for the client state in "), wrong.getMessage());
    ProfileException missing = assertThrows(ProfileException.class,
        () -> profiles.open(withoutPassword(options("alice", "x", false))));
    assertTrue(missing.getMessage().contains("is encrypted: its password is needed"), missing.getMessage());

    ClientProfile alice = open(options("alice", "right password", false));
    ProfileException inUse = assertThrows(ProfileException.class,
        () -> profiles.open(options("alice", "right password", false)));
    assertTrue(inUse.getMessage().contains("is already open"), inUse.getMessage());
    for (ProfileException e : List.of(wrong, missing, inUse)) {
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertEquals(0, e.getStackTrace().length, "no stack trace to print");
    }
    assertInstanceOf(WhoAmIResult.class, alice.whoAmI().whoAmI(new WhoAmICommand(server, Username.of("alice"))));
  }

  @Test
  void withoutAServerLocalCommandsWorkAndServerCallsAreUnreachable() throws Exception {
    try (DatagramSocket unused = new DatagramSocket(0)) {
      // a port nobody answers on while this socket holds it (it drops what arrives)
      server = new ServerAddress("127.0.0.1", unused.getLocalPort());
      ClientProfile alice = open(withoutPassword(options("alice", "x", false)));
      assertInstanceOf(dev.quicnprotochat.application.port.in.client.NoIdentity.class,
          alice.whoAmI().whoAmI(new WhoAmICommand(server, Username.of("alice"))));
      ServerUnreachable unreachable = assertInstanceOf(ServerUnreachable.class, ensureSession(alice));
      assertTrue(unreachable.message().contains("127.0.0.1:" + unused.getLocalPort()), unreachable.message());
    }
  }

  private ProfileOptions options(String user, String statePassword, boolean pinned) {
    return new ProfileOptions(server, Username.of(user), dir.resolve("profiles").resolve(user),
        Optional.of(StatePassword.of(statePassword.toCharArray())),
        pinned ? Optional.of(serverCert) : Optional.empty(), Optional.empty());
  }

  private static ProfileOptions withoutPassword(ProfileOptions options) {
    return new ProfileOptions(options.server(), options.username(), options.stateDirectory(), Optional.empty(),
        options.caCert(), options.serverAuthToken());
  }

  private ClientProfile open(ProfileOptions options) throws ProfileException {
    ClientProfile profile = profiles.open(options);
    open.add(profile);
    return profile;
  }

  private EnsureSessionResult ensureSession(ClientProfile profile) {
    AccountPassword password = AccountPassword.of((profile.options().username().value() + " account password")
        .getBytes(StandardCharsets.UTF_8));
    try {
      return profile.ensureSession().ensureSession(new EnsureSessionCommand(server, profile.options().username(),
          password, Optional.empty()));
    } finally {
      password.clear();
    }
  }

  private static void send(ClientProfile profile, ConversationId conversation, String text) {
    assertInstanceOf(SendMessageResult.Sent.class, profile.sendMessage().send(
        new SendMessageCommand(conversation, profile.options().username(), new MessageBody(text))));
  }

  private static List<String> received(ClientProfile profile) {
    return drain(profile).stream()
        .filter(InboxEvent.MessageReceived.class::isInstance)
        .map(InboxEvent.MessageReceived.class::cast)
        .map(e -> e.message().sender() + ": " + e.message().body().text())
        .collect(Collectors.toList());
  }

  private static List<InboxEvent> drain(ClientProfile profile) {
    return assertInstanceOf(ProcessInboxResult.Processed.class,
        profile.processInbox().processInbox(new ProcessInboxCommand(100))).events();
  }

  private static <T extends InboxEvent> T single(Class<T> type, List<InboxEvent> events) {
    assertEquals(1, events.size(), events.toString());
    return assertInstanceOf(type, events.getFirst());
  }

  private void startServer() throws Exception {
    Path data = dir.resolve("server");
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:0");
    flags.put("data_dir", data.toString());
    flags.put("store_backend", "file");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    open.add(component.resources());
    QpcServer qpc = component.server();
    open.add(qpc);
    InetSocketAddress address = qpc.start();
    server = new ServerAddress(address.getHostString(), address.getPort());
    serverCert = data.resolve("server-cert.pem");
  }
}
