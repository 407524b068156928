package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// A server restart as a client sees it: the gateway's calls fail while the server is down and work again once it
/// is back on the same port with the same certificate, without a new gateway or a new login; subscriptions of the
/// lost connection end visibly, once.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GatewayReconnectIntegrationTest {
  @TempDir
  Path stateDir;
  private GatewayTestBed bed;

  @BeforeEach
  void start() {
    bed = new GatewayTestBed(stateDir, Duration.ofMillis(200));
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  /// Records every event, so a second `subscriptionEnded` would show.
  private static final class Events implements ServerPushListener {
    final BlockingQueue<Long> sequences = new LinkedBlockingQueue<>();
    final BlockingQueue<String> ends = new LinkedBlockingQueue<>();

    @Override
    public void inboxChanged(long sequence) {
      sequences.add(sequence);
    }

    @Override
    public void subscriptionEnded(String reason) {
      ends.add(reason);
    }
  }

  private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(10, TimeUnit.SECONDS);
    assertNotNull(item, "nothing within 10 s");
    return item;
  }

  @Test
  void theGatewayReconnectsAfterAServerRestartAndKeepsItsSession() throws Exception {
    var bob = bed.register("bob", bed.gateway(Duration.ofMillis(500)));
    var alice = bed.register("alice");
    QuicServerGateway gateway = bob.gateway();
    ChannelId channel = alice.gateway().createChannel(Optional.empty()).channelId();
    alice.gateway().submitCommit(channel, Epoch.ZERO, MembershipChange.adding(bob.identityKey()),
        ServerTestData.aPayload("commit"), Optional.of(ServerTestData.aPayload("welcome")), Optional.empty());
    assertEquals(1, gateway.fetchInbox(0, 10).size());
    Events before = new Events();
    ServerSubscription lost = gateway.subscribe(before);

    bed.restartServer(() -> {
      try {
        String reason = next(before.ends);
        assertFalse(reason.isBlank());
        assertFalse(lost.isOpen());
        ServerUnreachableException down = assertThrows(ServerUnreachableException.class,
            () -> gateway.fetchInbox(0, 10));
        assertFalse(down.getMessage().isBlank());
        assertFalse(down.getMessage().contains("\n"), down.getMessage());
        assertThrows(ServerUnreachableException.class, () -> gateway.subscribe(new Events()));
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });

    // the same gateway, the same session token: no new login
    assertEquals(1, gateway.fetchInbox(0, 10).size());
    Events after = new Events();
    try (ServerSubscription renewed = gateway.subscribe(after)) {
      assertTrue(renewed.isOpen());
      long sequence = alice.gateway().enqueueMessage(bob.identityKey(), channel, ServerTestData.aPayload("back"));
      assertEquals(sequence, next(after.sequences));
    }
    assertEquals(List.of(), List.copyOf(before.ends), "the lost subscription ended exactly once");
    assertTrue(before.sequences.isEmpty());
  }

  @Test
  void aGatewayConnectingOnItsFirstCallNeedsNoServerUntilThenAndSendsAnEarlierSession() throws Exception {
    var bob = bed.register("bob");
    ChannelId channel = bob.gateway().createChannel(Optional.empty()).channelId();
    bob.gateway().enqueueMessage(bob.identityKey(), channel, ServerTestData.aPayload("to self"));
    var token = bob.gateway().session().orElseThrow();
    int port = bed.server().address().getPort();
    ClientSettings settings = new ClientSettings("127.0.0.1", port,
        ServerTrust.trustOnFirstUse(stateDir.resolve("known_servers")), Duration.ofMillis(500), 1 << 20);

    bed.restartServer(() -> {
      try (QuicServerGateway offline = QuicServerGateway.connectOnFirstCall(settings)) {
        offline.useSession(token);
        assertEquals(Optional.of(token), offline.session());
        ServerUnreachableException down = assertThrows(ServerUnreachableException.class,
            () -> offline.fetchInbox(0, 10));
        assertFalse(down.getMessage().contains("\n"), down.getMessage());
      }
    });

    try (QuicServerGateway lazy = QuicServerGateway.connectOnFirstCall(settings)) {
      lazy.useSession(token);
      assertEquals(1, lazy.fetchInbox(0, 10).size(), "the token given before any connection authenticates");
    }
  }

  @Test
  void aGatewayClosedByItsOwnerDoesNotReconnect() {
    var bob = bed.register("bob");
    bob.gateway().close();

    assertThrows(ServerUnreachableException.class, () -> bob.gateway().countKeyPackages());
  }
}
