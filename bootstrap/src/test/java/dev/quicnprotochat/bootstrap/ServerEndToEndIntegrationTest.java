package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.bootstrap.testing.TestAccount;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.mls.codec.Bytes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/// The real server ([ServerComponent]: real stores, real OPAQUE, real MLS key-package validation, QUIC on
/// loopback) driven by real clients ([QuicServerGateway]), on the file and SQLite backends. The whole run's log
/// (DEBUG and up, server and clients) is captured and must not contain a session token, a password or a payload.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerEndToEndIntegrationTest {

  private static final String ACCESS_CODE = "e2e-access-code";
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level rootLevel;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final Set<String> secrets = new HashSet<>();
  private ClientSettings client;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
    root.detachAppender(log);
    if (rootLevel != null) {
      root.setLevel(rootLevel);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "sql"})
  void theWholeServerOverQuic(String backend) throws Exception {
    captureLog();
    startServer(backend);
    TestAccount alice = new TestAccount("alice", "alice's long passphrase");
    TestAccount bob = new TestAccount("bob", "bob's long passphrase");
    TestAccount carol = new TestAccount("carol", "carol's long passphrase");
    TestAccount dave = new TestAccount("dave", "dave's long passphrase");
    Map<TestAccount, ServerGateway> gateways = new HashMap<>();
    for (TestAccount account : List.of(alice, bob, carol, dave)) {
      ServerGateway gateway = connect();
      register(gateway, account);
      login(gateway, account);
      gateways.put(account, gateway);
    }
    wrongPasswordFails(alice);

    keyPackagesAreHandedOutOnce(alice, gateways.get(alice), List.of(gateways.get(bob), gateways.get(carol),
        gateways.get(dave)));

    ServerGateway a = gateways.get(alice);
    ServerGateway b = gateways.get(bob);
    ServerGateway c = gateways.get(carol);
    BlockingQueue<Long> bobEvents = subscribe(b);
    BlockingQueue<Long> carolEvents = subscribe(c);

    // a three-member channel: alice creates it and adds bob and carol with one commit and its Welcome
    ChannelId channel = a.createChannel(Optional.empty()).channelId();
    Bytes welcome = payload();
    assertEquals(new Epoch(1), a.submitCommit(channel, Epoch.ZERO,
        MembershipChange.adding(bob.identityKey(), carol.identityKey()), payload(), Optional.of(welcome),
        Optional.empty()));
    assertNotNull(bobEvents.poll(10, TimeUnit.SECONDS), "bob is pushed his Welcome");
    assertNotNull(carolEvents.poll(10, TimeUnit.SECONDS), "carol is pushed her Welcome");
    assertEquals(List.of(welcome), payloads(b.fetchInbox(0, 100)));

    // fan-out with push: both others are notified without polling and fetch the message; the sender gets no copy
    Bytes message = payload();
    assertEquals(2, a.sendToChannel(channel, message));
    long bobSeq = bobEvents.poll(10, TimeUnit.SECONDS);
    assertNotNull(carolEvents.poll(10, TimeUnit.SECONDS));
    List<InboxEntry> bobInbox = b.fetchInbox(0, 100);
    assertEquals(List.of(welcome, message), payloads(bobInbox));
    assertEquals(bobSeq, bobInbox.getLast().sequence());
    assertEquals(Optional.of(alice.identityKey()), bobInbox.getLast().sender());
    assertEquals(List.of(welcome, message), payloads(c.fetchInbox(0, 100)));
    assertEquals(List.of(), a.fetchInbox(0, 100));

    byte[] credentialSecret = randomBytes(32);
    secrets.add(Bytes.wrap(credentialSecret).toHex());
    concurrentCommitsForOneEpoch(channel, a, b, c, ChannelCredential.of(credentialSecret));

    sealedSender(channel, credentialSecret, List.of(a, b, c));

    assertEquals(2, b.ackInbox(bobInbox.getLast().sequence()));
    assertLogHoldsNoSecrets(gateways.values());
  }

  private void keyPackagesAreHandedOutOnce(TestAccount owner, ServerGateway publisher, List<ServerGateway> takers)
      throws Exception {
    List<Bytes> batch = owner.keyPackages(6);
    Bytes lastResort = owner.keyPackages(1).getFirst();
    assertEquals(new KeyPackageCount(6, true), publisher.publishKeyPackages(batch, Optional.of(lastResort)));
    // a package signed by someone else is refused
    ServerCallException refused = assertThrows(ServerCallException.class,
        () -> publisher.publishKeyPackages(new TestAccount("mallory", "x").keyPackages(1), Optional.empty()));
    assertEquals(ServerErrorCode.INVALID_KEY_PACKAGE, refused.code());

    // three clients take three packages each at the same moment: six single-use packages, then the last resort
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<List<StoredKeyPackage>>> tasks = new ArrayList<>();
    for (ServerGateway taker : takers) {
      tasks.add(() -> {
        go.await();
        List<StoredKeyPackage> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          got.add(taker.fetchKeyPackage(owner.identityKey()).orElseThrow());
        }
        return got;
      });
    }
    List<StoredKeyPackage> taken = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<StoredKeyPackage>>> futures = tasks.stream().map(pool::submit).toList();
      go.countDown();
      for (Future<List<StoredKeyPackage>> future : futures) {
        taken.addAll(future.get(30, TimeUnit.SECONDS));
      }
    }
    List<Bytes> singleUse = taken.stream().filter(p -> !p.lastResort()).map(StoredKeyPackage::data).toList();
    assertEquals(new HashSet<>(batch), new HashSet<>(singleUse));
    assertEquals(batch.size(), singleUse.size(), "no package handed out twice");
    assertTrue(taken.stream().filter(StoredKeyPackage::lastResort).allMatch(p -> p.data().equals(lastResort)));
    assertEquals(3, taken.stream().filter(StoredKeyPackage::lastResort).count());
    assertEquals(new KeyPackageCount(0, true), publisher.countKeyPackages());
  }

  /// DESIGN.md §4: of two commits for one epoch exactly one is accepted, the other is STALE_EPOCH, and no inbox
  /// holds both.
  private void concurrentCommitsForOneEpoch(ChannelId channel, ServerGateway alice, ServerGateway bob,
      ServerGateway carol, ChannelCredential nextCredential) throws Exception {
    Bytes bobCommit = payload();
    Bytes carolCommit = payload();
    CountDownLatch go = new CountDownLatch(1);
    List<Object> outcomes;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Object> fromBob = pool.submit(() -> commit(go, bob, channel, bobCommit, nextCredential));
      Future<Object> fromCarol = pool.submit(() -> commit(go, carol, channel, carolCommit, nextCredential));
      go.countDown();
      outcomes = List.of(fromBob.get(30, TimeUnit.SECONDS), fromCarol.get(30, TimeUnit.SECONDS));
    }
    assertEquals(1, outcomes.stream().filter(new Epoch(2)::equals).count(), outcomes.toString());
    ServerCallException stale = (ServerCallException) outcomes.stream()
        .filter(ServerCallException.class::isInstance).findFirst().orElseThrow();
    assertEquals(ServerErrorCode.STALE_EPOCH, stale.code());
    assertEquals(Optional.of(new Epoch(2)), stale.currentEpoch());
    for (ServerGateway member : List.of(alice, bob, carol)) {
      List<Bytes> inbox = payloads(member.fetchInbox(0, 100));
      assertFalse(inbox.contains(bobCommit) && inbox.contains(carolCommit), "an inbox holds both commits");
    }
    List<Bytes> aliceInbox = payloads(alice.fetchInbox(0, 100));
    assertTrue(aliceInbox.contains(bobCommit) ^ aliceInbox.contains(carolCommit), "alice gets the winner only");
    assertEquals(new Epoch(2), alice.describeChannel(channel).epoch());
  }

  private static Object commit(CountDownLatch go, ServerGateway member, ChannelId channel, Bytes commit,
      ChannelCredential next) throws InterruptedException {
    go.await();
    try {
      return member.submitCommit(channel, new Epoch(1), MembershipChange.NONE, commit, Optional.empty(),
          Optional.of(next.hash()));
    } catch (ServerCallException e) {
      return e;
    }
  }

  /// Sealed sender: a connection without any session proves membership with the epoch's credential; every member
  /// receives the message with no sender; a wrong credential is refused.
  private void sealedSender(ChannelId channel, byte[] credential, List<ServerGateway> members)
      throws Exception {
    ServerGateway anonymous = connect();
    Bytes sealed = payload();
    byte[] secret = randomBytes(32);
    ServerCallException refused = assertThrows(ServerCallException.class,
        () -> anonymous.sendSealedMessage(channel, secret, payload()));
    assertEquals(ServerErrorCode.CREDENTIAL_REFUSED, refused.code());

    assertEquals(members.size(), anonymous.sendSealedMessage(channel, credential, sealed));
    for (ServerGateway member : members) {
      InboxEntry entry = member.fetchInbox(0, 100).getLast();
      assertEquals(sealed, entry.payload());
      assertEquals(Optional.empty(), entry.sender());
    }
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private Bytes payload() {
    byte[] bytes = randomBytes(48);
    secrets.add(Bytes.wrap(bytes).toHex());
    secrets.add(Base64.getEncoder().encodeToString(bytes));
    secrets.add(new String(bytes, StandardCharsets.ISO_8859_1));
    return Bytes.wrap(bytes);
  }

  private static List<Bytes> payloads(List<InboxEntry> entries) {
    return entries.stream().map(InboxEntry::payload).toList();
  }

  private BlockingQueue<Long> subscribe(ServerGateway gateway) {
    BlockingQueue<Long> events = new LinkedBlockingQueue<>();
    open.add(gateway.subscribe(new ServerPushListener() {
      @Override
      public void inboxChanged(long sequence) {
        events.add(sequence);
      }

      @Override
      public void subscriptionEnded(String reason) {
      }
    }));
    return events;
  }

  private void register(ServerGateway gateway, TestAccount account) {
    secrets.add(account.password());
    Bytes response = gateway.startRegistration(account.username(), account.registrationRequest(),
        Optional.of(ACCESS_CODE));
    Bytes upload = account.registrationUpload(response);
    gateway.finishRegistration(account.username(), account.identityKey(), upload, account.bindingSignature(upload),
        Optional.of(ACCESS_CODE));
  }

  private void login(ServerGateway gateway, TestAccount account) {
    var challenge = gateway.startLogin(account.username(), account.ke1());
    ServerSession session = gateway.finishLogin(challenge.attempt(), account.ke3(challenge.ke2()));
    assertEquals(account.identityKey(), session.identityKey());
    byte[] token = session.token().toByteArray();
    secrets.add(Bytes.wrap(token).toHex());
    secrets.add(Base64.getEncoder().encodeToString(token));
    secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(token));
  }

  private void wrongPasswordFails(TestAccount account) {
    ServerGateway gateway = connect();
    var challenge = gateway.startLogin(account.username(), account.ke1());
    ServerCallException e = assertThrows(ServerCallException.class,
        () -> gateway.finishLogin(challenge.attempt(), Bytes.wrap(new byte[64])));
    assertEquals(ServerErrorCode.LOGIN_FAILED, e.code());
  }

  private void startServer(String backend) {
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:0");
    flags.put("data_dir", dir.resolve("data").toString());
    flags.put("store_backend", backend);
    flags.put("auth_token", ACCESS_CODE);
    flags.put("allow_sealed_sender", "true");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    open.add(component.resources());
    QpcServer server = component.server();
    open.add(server);
    InetSocketAddress address = server.start();
    try {
      client = new ClientSettings(address.getHostString(), address.getPort(),
          ServerTrust.pinned(dir.resolve("data/server-cert.pem")));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ServerGateway connect() {
    QuicServerGateway gateway = QuicServerGateway.connect(client);
    open.add(gateway);
    return gateway;
  }

  private void captureLog() {
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    log.start();
    root.addAppender(log);
  }

  private void assertLogHoldsNoSecrets(Iterable<ServerGateway> gateways) {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(log.list)) {
      lines.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add(t.getClassName() + ": " + t.getMessage());
      }
    }
    assertTrue(lines.size() > 10, "the log was captured: " + lines.size() + " lines");
    assertTrue(lines.stream().anyMatch(line -> line.contains("alice")), "the log names users");
    for (String line : lines) {
      for (String secret : secrets) {
        assertFalse(line.contains(secret), "a secret in the log: " + line);
      }
    }
  }
}
