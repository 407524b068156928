package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PingIntegrationTest {
  private static final TlsIdentity IDENTITY = TlsIdentity.selfSigned("ping test");
  private static QpcServer server;

  @TempDir
  Path stateDir;

  @BeforeAll
  static void startServer() {
    server = TestServers.start(IDENTITY, TransportLimits.DEFAULTS);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void pingReturnsServerVersionAndClock() throws Exception {
    try (QpcClient client = TestServers.tofuClient(server, stateDir)) {
      Instant before = Instant.now().minusMillis(1);
      PingReply reply = client.ping().get(10, TimeUnit.SECONDS);
      assertEquals(TestServers.VERSION, reply.serverVersion());
      assertTrue(!reply.serverTime().isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
      assertTrue(reply.roundTrip().compareTo(Duration.ZERO) > 0);
    }
  }

  @Test
  void handshakeNegotiatesTls13AndTheQpcAlpn() {
    try (QpcClient client = TestServers.tofuClient(server, stateDir)) {
      assertEquals("TLSv1.3", client.tls().protocol());
      assertEquals("qpc/1", client.tls().applicationProtocol());
      assertEquals(IDENTITY.fingerprint(), client.tls().serverFingerprint());
    }
  }

  @Test
  void severalOpenConnectionsFromOneProcessAllWork() throws Exception {
    List<QpcClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        clients.add(TestServers.tofuClient(server, stateDir));
      }
      for (QpcClient client : clients) {
        assertEquals(TestServers.VERSION, client.ping().get(10, TimeUnit.SECONDS).serverVersion());
      }
    } finally {
      clients.forEach(QpcClient::close);
    }
  }

  @Test
  void manyCallsInFlightOnOneConnectionAllSucceed() throws Exception {
    try (QpcClient client = TestServers.tofuClient(server, stateDir)) {
      List<CompletableFuture<PingReply>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(client.ping());
      }
      for (CompletableFuture<PingReply> call : calls) {
        assertEquals(TestServers.VERSION, call.get(10, TimeUnit.SECONDS).serverVersion());
      }
    }
  }

  @Test
  void unreachableServerFailsWithAOneLineReason() throws Exception {
    int port;
    try (java.net.DatagramSocket probe = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    ClientSettings settings = new ClientSettings("127.0.0.1", port,
        ServerTrust.trustOnFirstUse(stateDir.resolve("known_servers")), Duration.ofMillis(800), 4096);
    TransportException e = org.junit.jupiter.api.Assertions.assertThrows(TransportException.class,
        () -> QpcClient.connect(settings));
    assertEquals("no answer from 127.0.0.1:" + port + " within 800 ms: is the server running and its UDP port "
        + "reachable?", e.getMessage());
  }

  @Test
  void portInUseIsAOneLineTransportException() {
    int port = server.address().getPort();
    TransportException e = org.junit.jupiter.api.Assertions.assertThrows(TransportException.class,
        () -> TestServers.start(IDENTITY, TransportLimits.DEFAULTS, port));
    assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("in use"), e.getMessage());
  }

  @Test
  void callOnAClosedClientFailsItsFutureInsteadOfThrowing() {
    QpcClient client = TestServers.tofuClient(server, stateDir);
    client.close();
    var failed = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
        () -> client.ping().get(10, TimeUnit.SECONDS));
    assertTrue(failed.getCause() instanceof TransportException, failed.getCause().toString());
  }
}
