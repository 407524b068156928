package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.GatewayAuthIntegrationTest.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Push over real QUIC: events arrive on the subscription stream without polling, every open subscription of the
/// identity gets them, closed ones leave the hub.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PushIntegrationTest {
  @TempDir
  Path stateDir;
  private GatewayTestBed bed;

  @BeforeEach
  void start() {
    // short heartbeats, so the session check that ends subscriptions runs within a test
    bed = new GatewayTestBed(stateDir, Duration.ofMillis(200));
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  /// Collects events; `take` waits for the next one (bounded), so tests never sleep-poll.
  private static final class Events implements ServerPushListener {
    final BlockingQueue<Long> sequences = new LinkedBlockingQueue<>();
    final CompletableFuture<String> ended = new CompletableFuture<>();

    @Override
    public void inboxChanged(long sequence) {
      sequences.add(sequence);
    }

    @Override
    public void subscriptionEnded(String reason) {
      ended.complete(reason);
    }

    long take() throws InterruptedException {
      Long sequence = sequences.poll(10, TimeUnit.SECONDS);
      if (sequence == null) {
        throw new AssertionError("no push event within 10 s");
      }
      return sequence;
    }
  }

  @Test
  void bothSubscriptionsOfAnIdentityGetTheEvent() throws Exception {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    var channel = alice.gateway().createChannel(Optional.empty()).channelId();
    alice.gateway().submitCommit(channel, Epoch.ZERO, MembershipChange.adding(bob.identityKey()),
        ServerTestData.aPayload("commit"), Optional.of(ServerTestData.aPayload("welcome")), Optional.empty());

    Events first = new Events();
    Events second = new Events();
    QuicServerGateway otherDevice = bed.gateway(); // a second connection with the same session
    otherDevice.useSession(bob.gateway().session().orElseThrow());
    try (ServerSubscription one = bob.gateway().subscribe(first);
         ServerSubscription two = otherDevice.subscribe(second)) {
      assertTrue(one.isOpen() && two.isOpen());
      assertEquals(2, bed.hub.subscriptions(bob.identityKey()));
      long sequence = alice.gateway().enqueueMessage(bob.identityKey(), channel, ServerTestData.aPayload("ping"));
      assertEquals(sequence, first.take());
      assertEquals(sequence, second.take());
      assertTrue(first.sequences.isEmpty(), "one event per entry");
    }
  }

  @Test
  void closedSubscriptionIsRemovedFromTheHub() throws Exception {
    var bob = bed.register("bob");
    IdentityKey key = bob.identityKey();
    Events kept = new Events();
    Events closing = new Events();
    ServerSubscription stays = bob.gateway().subscribe(kept);
    ServerSubscription leaves = bob.gateway().subscribe(closing);
    assertEquals(2, bed.hub.subscriptions(key));

    CountDownLatch removed = new CountDownLatch(1);
    bed.hub.onRemoval(identity -> removed.countDown());
    leaves.close();
    assertFalse(leaves.isOpen());
    assertTrue(removed.await(10, TimeUnit.SECONDS), "the closed stream left the hub");
    assertEquals(1, bed.hub.subscriptions(key));
    bed.hub.notify(key, 41);
    assertEquals(41, kept.take());
    assertTrue(closing.sequences.isEmpty(), "a closed subscription gets nothing");
    bed.hub.notify(key, 42);
    assertEquals(42, kept.take());
    assertFalse(closing.ended.isDone(), "closing it ourselves is not an unexpected end");
    stays.close();
  }

  @Test
  void subscribeNeedsASession() {
    QuicServerGateway gateway = bed.gateway();
    expect(ServerErrorCode.UNAUTHENTICATED, () -> gateway.subscribe(new Events()));
    gateway.useSession(ServerTestData.aSessionToken());
    expect(ServerErrorCode.UNAUTHENTICATED, () -> gateway.subscribe(new Events()));
    assertEquals(0, bed.hub.subscriptions());
  }

  @Test
  void logoutEndsTheSessionsSubscriptions() throws Exception {
    var bob = bed.register("bob");
    QuicServerGateway otherDevice = bed.gateway();
    otherDevice.useSession(bob.gateway().session().orElseThrow());
    Events events = new Events();
    otherDevice.subscribe(events);
    CountDownLatch removed = new CountDownLatch(1);
    bed.hub.onRemoval(identity -> removed.countDown());

    bob.gateway().logout();

    assertFalse(events.ended.get(10, TimeUnit.SECONDS).isBlank());
    assertTrue(removed.await(10, TimeUnit.SECONDS));
    assertEquals(0, bed.hub.subscriptions(bob.identityKey()));
  }

  @Test
  void aSubscriptionPacedByFetchesGetsOneEventPerFetchAndMissesNothing() throws Exception {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    var channel = alice.gateway().createChannel(Optional.empty()).channelId();
    alice.gateway().submitCommit(channel, Epoch.ZERO, MembershipChange.adding(bob.identityKey()),
        ServerTestData.aPayload("commit"), Optional.of(ServerTestData.aPayload("welcome")), Optional.empty());
    long cursor = bob.gateway().fetchInbox(0, 100).getLast().sequence(); // the Welcome
    bob.gateway().ackInbox(cursor); // the test bed's inbox depth limit is small
    Events events = new Events();
    bob.gateway().subscribeOncePerFetch(events);

    alice.gateway().sendToChannel(channel, ServerTestData.aPayload("one"));
    alice.gateway().sendToChannel(channel, ServerTestData.aPayload("two"));
    alice.gateway().sendToChannel(channel, ServerTestData.aPayload("three"));
    long first = events.take();
    assertTrue(first > cursor);
    // the other two land without an event: the subscription waits for bob's fetch (a wait for time itself)
    Thread.sleep(300);
    assertTrue(events.sequences.isEmpty(), "events before a fetch: " + events.sequences);

    var page = bob.gateway().fetchInbox(cursor, 100);
    assertEquals(3, page.size());
    cursor = page.getLast().sequence();
    bob.gateway().ackInbox(cursor);
    alice.gateway().sendToChannel(channel, ServerTestData.aPayload("four"));
    assertTrue(events.take() > cursor, "the fetch re-armed the subscription");
    assertEquals(1, bob.gateway().fetchInbox(cursor, 100).size());
  }

  @Test
  void heartbeatsKeepAQuietSubscriptionOpen() throws Exception {
    var bob = bed.register("bob");
    Events events = new Events();
    ServerSubscription subscription = bob.gateway().subscribe(events);
    // let three heartbeat intervals pass: heartbeats must parse on the client and session checks must keep a
    // valid subscription (a wait for time itself, not a poll for a result)
    Thread.sleep(Duration.ofMillis(700));
    assertTrue(subscription.isOpen());
    bed.hub.notify(bob.identityKey(), 5);
    assertEquals(5, events.take());
    assertFalse(events.ended.isDone());
  }

  @Test
  void closingTheGatewayIsNoUnexpectedEnd() throws Exception {
    var bob = bed.register("bob");
    Events events = new Events();
    ServerSubscription subscription = bob.gateway().subscribe(events);
    bob.gateway().close(); // returns once the connection and its streams are closed
    assertFalse(subscription.isOpen());
    assertFalse(events.ended.isDone(), "the client closed it: no subscriptionEnded");
  }

  @Test
  void serverShutdownEndsTheSubscriptionVisibly() throws Exception {
    var bob = bed.register("bob");
    Events events = new Events();
    bob.gateway().subscribe(events);
    bed.server().close();
    String reason = events.ended.get(10, TimeUnit.SECONDS);
    assertFalse(reason.isBlank());
    assertEquals(0, bed.hub.subscriptions());
  }
}
