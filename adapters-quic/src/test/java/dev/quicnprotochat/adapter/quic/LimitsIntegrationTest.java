package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsIntegrationTest {
  private static final TlsIdentity IDENTITY = TlsIdentity.selfSigned("limits test");

  @TempDir
  Path stateDir;

  @Test
  void moreCallsThanTheStreamLimitAllComplete() throws Exception {
    try (QpcServer server = TestServers.start(IDENTITY, TransportLimits.DEFAULTS.withMaxStreamsPerConnection(2));
         QpcClient client = TestServers.tofuClient(server, stateDir)) {
      List<CompletableFuture<PingReply>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(client.ping());
      }
      // QUIC lets the client open only two streams at once; the rest wait for MAX_STREAMS instead of failing
      for (CompletableFuture<PingReply> call : calls) {
        assertEquals(TestServers.VERSION, call.get(10, TimeUnit.SECONDS).serverVersion());
      }
    }
  }

  @Test
  void callsBeyondTheRateGetRateLimitedAndTheConnectionRecovers() throws Exception {
    try (QpcServer server = TestServers.start(IDENTITY, TransportLimits.DEFAULTS.withMaxCallsPerSecond(5));
         QpcClient client = TestServers.tofuClient(server, stateDir)) {
      int limited = 0;
      for (int i = 0; i < 12; i++) {
        try {
          client.ping().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          CallException refused = (CallException) e.getCause();
          assertEquals(CallError.RATE_LIMITED, refused.error());
          limited++;
        }
      }
      assertTrue(limited >= 1, "12 quick calls against 5/s: at least one must be refused");
      Thread.sleep(1_200);
      assertEquals(TestServers.VERSION, client.ping().get(10, TimeUnit.SECONDS).serverVersion());
    }
  }

  @Test
  void stoppingServerTellsConnectedClientsWhy() throws Exception {
    QpcServer server = TestServers.start(IDENTITY, TransportLimits.DEFAULTS);
    try (QpcClient client = TestServers.tofuClient(server, stateDir)) {
      client.ping().get(10, TimeUnit.SECONDS);
      server.close();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (client.isOpen() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertFalse(client.isOpen());
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> client.ping().get(10, TimeUnit.SECONDS));
      assertEquals("the server closed the connection: server shutting down", failed.getCause().getMessage());
    } finally {
      server.close();
    }
  }

  @Test
  void idleConnectionIsClosedAndTheServerKeepsServing() throws Exception {
    try (QpcServer server = TestServers.start(IDENTITY,
        TransportLimits.DEFAULTS.withIdleTimeout(Duration.ofMillis(300)))) {
      try (QpcClient idle = TestServers.tofuClient(server, stateDir)) {
        idle.ping().get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (idle.isOpen() && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertFalse(idle.isOpen());
      }
      try (QpcClient fresh = TestServers.tofuClient(server, stateDir)) {
        assertTrue(fresh.ping().get(10, TimeUnit.SECONDS).serverVersion().startsWith("test"));
      }
    }
  }
}
