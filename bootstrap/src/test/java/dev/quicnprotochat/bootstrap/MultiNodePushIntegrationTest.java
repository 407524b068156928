package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.bootstrap.crypto.OpaqueSetupFile;
import dev.quicnprotochat.bootstrap.testing.TestAccount;
import dev.quicnprotochat.bootstrap.testing.TestPostgres;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.mls.codec.Bytes;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// DESIGN.md §6: two server nodes on one PostgreSQL schema. A user registered on one node logs in on the other (the
/// OPAQUE setup file copied over, as docs/operations.md says), and a client subscribed on node A is pushed a
/// message sent through node B (LISTEN/NOTIFY), without polling.
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MultiNodePushIntegrationTest {

  @TempDir
  Path dir;

  private final String schema = TestPostgres.newSchemaName();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
    TestPostgres.drop(schema);
  }

  @Test
  void pushCrossesNodes() throws Exception {
    ClientSettings nodeA = startNode(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.copy(dir.resolve("a").resolve(OpaqueSetupFile.NAME), dir.resolve("b").resolve(OpaqueSetupFile.NAME));
    ClientSettings nodeB = startNode(dir.resolve("b"));

    TestAccount alice = new TestAccount("alice", "alice passphrase");
    TestAccount bob = new TestAccount("bob", "bob passphrase");
    ServerGateway bobOnA = connect(nodeA);
    register(bobOnA, bob);
    login(bobOnA, bob);
    ServerGateway aliceOnB = connect(nodeB);
    register(aliceOnB, alice);
    login(aliceOnB, alice);
    BlockingQueue<Long> bobEvents = new LinkedBlockingQueue<>();
    open.add(bobOnA.subscribe(new ServerPushListener() {
      @Override
      public void inboxChanged(long sequence) {
        bobEvents.add(sequence);
      }

      @Override
      public void subscriptionEnded(String reason) {
      }
    }));

    ChannelId channel = aliceOnB.createChannel(Optional.empty()).channelId();
    aliceOnB.submitCommit(channel, Epoch.ZERO, MembershipChange.adding(bob.identityKey()), Bytes.of(new byte[] {1}),
        Optional.of(Bytes.of(new byte[] {2})), Optional.empty());
    Long welcome = bobEvents.poll(20, TimeUnit.SECONDS);
    assertNotNull(welcome, "bob on node A is pushed the Welcome stored through node B");
    assertEquals(1, aliceOnB.sendToChannel(channel, Bytes.of(new byte[] {3})));
    Long message = bobEvents.poll(20, TimeUnit.SECONDS);
    assertNotNull(message, "and the message");
    assertEquals(List.of(Bytes.of(new byte[] {2}), Bytes.of(new byte[] {3})),
        bobOnA.fetchInbox(0, 10).stream().map(entry -> entry.payload()).toList());
  }

  private ClientSettings startNode(Path dataDir) throws Exception {
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(),
        Map.of("listen", "127.0.0.1:0", "data_dir", dataDir.toString(), "store_backend", "sql",
            "db_url", TestPostgres.URL, "db_schema", schema)));
    open.add(component.resources());
    QpcServer server = component.server();
    open.add(server);
    InetSocketAddress address = server.start();
    return new ClientSettings(address.getHostString(), address.getPort(),
        ServerTrust.pinned(dataDir.resolve("server-cert.pem")));
  }

  private ServerGateway connect(ClientSettings settings) {
    QuicServerGateway gateway = QuicServerGateway.connect(settings);
    open.add(gateway);
    return gateway;
  }

  private static void register(ServerGateway gateway, TestAccount account) {
    Bytes response = gateway.startRegistration(account.username(), account.registrationRequest(), Optional.empty());
    Bytes upload = account.registrationUpload(response);
    gateway.finishRegistration(account.username(), account.identityKey(), upload, account.bindingSignature(upload),
        Optional.empty());
  }

  private static void login(ServerGateway gateway, TestAccount account) {
    var challenge = gateway.startLogin(account.username(), account.ke1());
    gateway.finishLogin(challenge.attempt(), account.ke3(challenge.ke2()));
  }
}
