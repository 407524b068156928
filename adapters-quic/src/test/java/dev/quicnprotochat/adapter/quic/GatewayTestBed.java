package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.service.EnqueueMessageService;
import dev.quicnprotochat.application.service.InboxDelivery;
import dev.quicnprotochat.application.service.SendSealedMessageService;
import dev.quicnprotochat.application.service.SendToChannelService;
import dev.quicnprotochat.application.service.SubmitCommitService;
import dev.quicnprotochat.application.testing.FakeOpaqueServer;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.application.testing.TestIdentity;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/// The full QUIC server on loopback over the application's in-memory use cases, with a [PushHub] as the delivery
/// service's notifier (as bootstrap wires it), and gateways that register and log in through the wire.
final class GatewayTestBed implements AutoCloseable {
  static final String AUTH_TOKEN = "let-me-in";
  static final int INBOX_DEPTH = 3;

  /// A user the test bed registered and logged in through a gateway.
  record LoggedIn(Username username, IdentityKey identityKey, QuicServerGateway gateway) {}

  private static final AtomicInteger names = new AtomicInteger();

  final InMemoryServer memory = new InMemoryServer(dev.quicnprotochat.application.service.ServerSettings.defaults()
      .withRegistrationAuthToken(AUTH_TOKEN).withInboxDepthLimit(INBOX_DEPTH).withSealedSender(true));
  final PushHub hub;
  private final ServerUseCases useCases;
  private final Path stateDir;
  private volatile QpcServer server;
  private final List<QuicServerGateway> gateways = new CopyOnWriteArrayList<>();

  GatewayTestBed(Path stateDir) {
    this(stateDir, PushHub.DEFAULT_HEARTBEAT_INTERVAL);
  }

  GatewayTestBed(Path stateDir, Duration heartbeatInterval) {
    this.stateDir = stateDir;
    this.hub = new PushHub(heartbeatInterval);
    InboxDelivery delivery = new InboxDelivery(memory.inboxes, hub, memory.settings);
    ServerUseCases useCases = new ServerUseCases(memory.startRegistration, memory.finishRegistration,
        memory.startLogin, memory.finishLogin, memory.logout, memory.authenticate, memory.publishKeyPackages,
        memory.fetchKeyPackage, memory.countKeyPackages,
        new EnqueueMessageService(memory.guard, memory.users, memory.channels, delivery),
        memory.fetchInbox, memory.ackInbox, memory.createChannel, memory.openDirectChannel,
        new SendToChannelService(memory.guard, memory.channels, delivery),
        new SubmitCommitService(memory.guard, memory.users, memory.channels, memory.credentials, delivery),
        new SendSealedMessageService(memory.channels, memory.credentials, delivery, memory.settings),
        memory.describeChannel, memory.resolveUser, memory.resolveIdentity);
    this.useCases = useCases;
    server = startServer(0);
  }

  /// A server over this bed's use cases, with the certificate of its data dir (created on the first start).
  private QpcServer startServer(int port) {
    TlsIdentity identity;
    try {
      identity = TlsIdentity.loadOrCreate(stateDir.resolve("server-data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    QpcServer started = new QpcServer(new ServerSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        port), identity, TransportLimits.DEFAULTS, new ServerInfo("test", Clock.systemUTC())), useCases, hub);
    started.start();
    return started;
  }

  QpcServer server() {
    return server;
  }

  /// Stops the server (its connections close) and starts a new one on the same port with the same certificate
  /// and state, once `whileDown` has run: a server restart as clients see it.
  void restartServer(Runnable whileDown) {
    int port = server.address().getPort();
    server.close();
    whileDown.run();
    server = startServer(port);
  }

  /// A new connection; closed with the test bed.
  QuicServerGateway gateway() {
    return gateway(Duration.ofSeconds(5));
  }

  /// A new connection that gives up connecting after `connectTimeout`; closed with the test bed.
  QuicServerGateway gateway(Duration connectTimeout) {
    QuicServerGateway gateway = QuicServerGateway.connect(new ClientSettings("127.0.0.1", server.address().getPort(),
        ServerTrust.trustOnFirstUse(stateDir.resolve("known_servers")), connectTimeout, 1 << 20),
        Duration.ofSeconds(10));
    gateways.add(gateway);
    return gateway;
  }

  static Username freshName(String prefix) {
    return Username.of(prefix + "-" + names.incrementAndGet());
  }

  /// Registers a fresh user and logs it in, both through `gateway`'s wire calls.
  LoggedIn register(String prefix) {
    return register(prefix, gateway());
  }

  /// Registers a fresh user and logs it in through `gateway`.
  LoggedIn register(String prefix, QuicServerGateway gateway) {
    Username username = freshName(prefix);
    TestIdentity identity = TestIdentity.generate();
    Bytes upload = Bytes.wrap(ServerTestData.randomBytes(64));
    gateway.startRegistration(username, Bytes.wrap(ServerTestData.randomBytes(32)), Optional.of(AUTH_TOKEN));
    gateway.finishRegistration(username, identity.identityKey(), upload,
        identity.signRegistration(username, upload), Optional.of(AUTH_TOKEN));
    Bytes ke1 = Bytes.wrap(ServerTestData.randomBytes(32));
    var challenge = gateway.startLogin(username, ke1);
    gateway.finishLogin(challenge.attempt(), FakeOpaqueServer.ke3For(new RegistrationRecord(upload), ke1));
    return new LoggedIn(username, identity.identityKey(), gateway);
  }

  @Override
  public void close() {
    gateways.forEach(QuicServerGateway::close);
    server.close();
  }
}
