package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.InboxWatch;
import dev.quicnprotochat.application.port.in.client.InboxWatchListener;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.WatchInboxCommand;
import dev.quicnprotochat.application.port.in.client.WatchStatus;
import dev.quicnprotochat.application.port.out.client.ClientWorker;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// The watch on a real single-thread worker; the gateway is a Mockito mock whose `subscribeOncePerFetch` hands the listener to
/// the test, which then plays the transport thread. Waits are latches and queues, never sleeps.
@Timeout(30)
class WatchInboxServiceTest {

  private static final Duration LONG = Duration.ofHours(1);
  private static final ProcessInboxResult.Processed EMPTY = new ProcessInboxResult.Processed(List.of(), 0, List.of());
  private static final ProcessInboxResult.Processed ONE_EVENT = new ProcessInboxResult.Processed(
      List.of(new InboxEvent.Skipped(1, new ChannelId(Bytes.zeros(16)), "test")), 1, List.of());

  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  private final ServerGateway server = mock(ServerGateway.class);
  private final BlockingQueue<ServerPushListener> subscribers = new LinkedBlockingQueue<>();
  private final BlockingQueue<ServerSubscription> subscriptions = new LinkedBlockingQueue<>();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final Semaphore drains = new Semaphore(0);
  private final Semaphore drainsStarted = new Semaphore(0);
  private final BlockingQueue<ProcessInboxResult> drainAnswers = new LinkedBlockingQueue<>();
  private volatile CountDownLatch drainGate = new CountDownLatch(0);
  private final List<ReplenishKeyPackagesCommand> replenished = Collections.synchronizedList(new ArrayList<>());
  private final BlockingQueue<WatchStatus> statuses = new LinkedBlockingQueue<>();
  private final List<WatchStatus> seen = Collections.synchronizedList(new ArrayList<>());
  private final BlockingQueue<ProcessInboxResult.Processed> processed = new LinkedBlockingQueue<>();

  private final InboxWatchListener listener = new InboxWatchListener() {
    @Override
    public void processed(ProcessInboxResult.Processed result) {
      processed.add(result);
    }

    @Override
    public void statusChanged(WatchStatus status) {
      seen.add(status);
      statuses.add(status);
    }
  };

  private final WatchInboxService service = new WatchInboxService(server, command -> {
    calls.add("drain");
    drainsStarted.release();
    try {
      drainGate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ProcessInboxResult answer = drainAnswers.poll();
    drains.release();
    return answer == null ? EMPTY : answer;
  }, command -> {
    replenished.add(command);
    return new ReplenishKeyPackagesResult.Sufficient(new KeyPackageCount(50, true));
  }, new ClientWorker(executor));

  WatchInboxServiceTest() {
    executor.setRemoveOnCancelPolicy(true);
  }

  @AfterEach
  void stopWorker() {
    executor.shutdownNow();
  }

  /// `subscribe` succeeds: records the listener and hands out a mock subscription.
  private ServerSubscription acceptSubscription(org.mockito.invocation.InvocationOnMock call) {
    calls.add("subscribe");
    subscribers.add(call.getArgument(0));
    ServerSubscription subscription = mock(ServerSubscription.class);
    subscriptions.add(subscription);
    return subscription;
  }

  private void serverAcceptsSubscriptions() {
    when(server.subscribeOncePerFetch(any())).thenAnswer(this::acceptSubscription);
  }

  private InboxWatch watch(Duration backoff, Duration maxBackoff, Duration poll, int replenishBelow) {
    return service.watch(new WatchInboxCommand(backoff, maxBackoff, poll, replenishBelow), listener);
  }

  private InboxWatch watch() {
    return watch(LONG, LONG, LONG, 10);
  }

  private <T> T take(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(20, TimeUnit.SECONDS);
    assertNotNull(item, "timed out");
    return item;
  }

  private WatchStatus awaitStatus(Predicate<WatchStatus> wanted) throws InterruptedException {
    while (true) {
      WatchStatus status = take(statuses);
      if (wanted.test(status)) {
        return status;
      }
    }
  }

  private void awaitDrains(int count) throws InterruptedException {
    assertTrue(drains.tryAcquire(count, 20, TimeUnit.SECONDS), "drains did not happen");
  }

  /// Waits until the worker has run everything queued so far.
  private void quiesce() throws Exception {
    executor.submit(() -> { }).get(20, TimeUnit.SECONDS);
  }

  @Test
  void subscribesThenDrainsOnceAndReportsSubscribed() throws Exception {
    serverAcceptsSubscriptions();

    InboxWatch watch = watch();
    awaitDrains(1);
    quiesce();

    assertEquals(List.of("subscribe", "drain"), calls);
    assertEquals(List.of(new WatchStatus.Subscribed()), seen);
    assertEquals(new WatchStatus.Subscribed(), watch.status());
    assertTrue(processed.isEmpty(), "an empty drain is not reported");
  }

  @Test
  void aPushEventTriggersADrainWhoseEventsAreReported() throws Exception {
    serverAcceptsSubscriptions();
    watch();
    ServerPushListener push = take(subscribers);
    awaitDrains(1);

    drainAnswers.add(ONE_EVENT);
    push.inboxChanged(1);

    assertEquals(ONE_EVENT, take(processed));
    quiesce();
    assertEquals(List.of("subscribe", "drain", "drain"), calls);
  }

  @Test
  void aDrainThatCouldNotFetchWhileSubscribedIsRetriedWithoutAnEvent() throws Exception {
    // the subscription is paced by fetches: after a failed fetch no event would ever come, so the watch retries
    serverAcceptsSubscriptions();
    drainAnswers.add(new ServerRefused(ServerErrorCode.RATE_LIMITED, "slow down"));
    drainAnswers.add(new ServerUnreachable("timed out"));
    watch(LONG, LONG, Duration.ofMillis(20), 10);
    take(subscribers);

    awaitDrains(3); // the drain after subscribing, then one retry per failure, no push event at all
    quiesce();
    assertEquals(List.of("subscribe", "drain", "drain", "drain"), calls);
    assertFalse(drains.tryAcquire(200, TimeUnit.MILLISECONDS), "a successful drain is not retried");
  }

  @Test
  void pushEventsDuringADrainCoalesceIntoOneMoreDrain() throws Exception {
    serverAcceptsSubscriptions();
    CountDownLatch gate = new CountDownLatch(1);
    drainGate = gate;
    watch();
    ServerPushListener push = take(subscribers);
    assertTrue(drainsStarted.tryAcquire(20, TimeUnit.SECONDS)); // the first drain now waits on the gate

    for (int sequence = 1; sequence <= 5; sequence++) {
      push.inboxChanged(sequence);
    }
    gate.countDown();
    awaitDrains(2);
    quiesce();

    assertEquals(List.of("subscribe", "drain", "drain"), calls);
  }

  @Test
  void anEndedSubscriptionReconnectsWithDoublingBackoffUpToTheMaximum() throws Exception {
    Duration ms10 = Duration.ofMillis(10);
    Duration ms20 = Duration.ofMillis(20);
    Duration ms40 = Duration.ofMillis(40);
    ServerUnreachableException down = new ServerUnreachableException("connection refused");
    when(server.subscribeOncePerFetch(any())).thenAnswer(this::acceptSubscription)
        .thenThrow(down, down, down, down)
        .thenAnswer(this::acceptSubscription);
    watch(ms10, ms40, LONG, 0);
    ServerPushListener first = take(subscribers);
    ServerSubscription firstSubscription = take(subscriptions);
    awaitStatus(WatchStatus.Subscribed.class::isInstance);
    awaitDrains(1);

    first.subscriptionEnded("server stopping");
    awaitStatus(WatchStatus.Subscribed.class::isInstance);
    awaitDrains(1); // the drain right after subscribing again

    assertEquals(List.of(new WatchStatus.Subscribed(),
        new WatchStatus.Reconnecting(1, ms10, "server stopping"),
        new WatchStatus.Reconnecting(2, ms20, "connection refused"),
        new WatchStatus.Reconnecting(3, ms40, "connection refused"),
        new WatchStatus.Reconnecting(4, ms40, "connection refused"),
        new WatchStatus.Reconnecting(5, ms40, "connection refused"),
        new WatchStatus.Subscribed()), List.copyOf(seen));
    verify(firstSubscription).close();

    // a later break starts over from the initial backoff; the old subscription's events are ignored now
    first.subscriptionEnded("stale");
    take(subscribers).subscriptionEnded("again");
    assertEquals(new WatchStatus.Reconnecting(1, ms10, "again"),
        awaitStatus(WatchStatus.Reconnecting.class::isInstance));
  }

  @Test
  void whileTheServerRefusesSubscriptionsTheInboxIsPolled() throws Exception {
    when(server.subscribeOncePerFetch(any())).thenThrow(new ServerCallException(ServerErrorCode.RATE_LIMITED, "busy"));

    InboxWatch watch = watch(LONG, LONG, Duration.ofMillis(10), 0);
    awaitDrains(4); // one right away, then polls

    WatchStatus.Polling polling = assertInstanceOf(WatchStatus.Polling.class, watch.status());
    assertEquals(Duration.ofMillis(10), polling.interval());
    assertTrue(polling.reason().contains("busy"), polling.reason());
  }

  @Test
  void whileTheServerIsUnreachableTheInboxIsStillPolled() throws Exception {
    when(server.subscribeOncePerFetch(any())).thenThrow(new ServerUnreachableException("no route"));

    InboxWatch watch = watch(LONG, LONG, Duration.ofMillis(10), 0);
    awaitDrains(3);

    assertEquals(new WatchStatus.Reconnecting(1, LONG, "no route"), watch.status());
  }

  @Test
  void anUnexpectedSubscribeFailureKeepsTheWatchPollingInsteadOfEndingIt() throws Exception {
    when(server.subscribeOncePerFetch(any())).thenThrow(new IllegalStateException("boom"));

    InboxWatch watch = watch(LONG, LONG, Duration.ofMillis(10), 0);
    awaitDrains(3);

    WatchStatus.Polling polling = assertInstanceOf(WatchStatus.Polling.class, watch.status());
    assertTrue(polling.reason().contains("boom"), polling.reason());
  }

  @Test
  void keyPackagesAreReplenishedAtStartAndAfterDrainsThatProcessedSomething() throws Exception {
    serverAcceptsSubscriptions();
    watch(LONG, LONG, LONG, 7);
    ServerPushListener push = take(subscribers);
    awaitDrains(1);
    quiesce();
    assertEquals(List.of(new ReplenishKeyPackagesCommand(7, 7, false)), replenished);

    push.inboxChanged(1); // nothing new: no key package can have been used
    awaitDrains(1);
    quiesce();
    assertEquals(1, replenished.size());

    drainAnswers.add(ONE_EVENT);
    push.inboxChanged(2);
    awaitDrains(1);
    quiesce();
    assertEquals(2, replenished.size());
  }

  @Test
  void closeEndsTheSubscriptionAndReportsClosedOnce() throws Exception {
    serverAcceptsSubscriptions();
    InboxWatch watch = watch();
    ServerPushListener push = take(subscribers);
    ServerSubscription subscription = take(subscriptions);
    awaitDrains(1);

    watch.close();
    watch.close();
    push.inboxChanged(1);
    watch.fetchNow();
    push.subscriptionEnded("closed by the client");
    quiesce();

    verify(subscription).close();
    assertEquals(new WatchStatus.Closed(), watch.status());
    assertEquals(List.of(new WatchStatus.Subscribed(), new WatchStatus.Closed()), seen);
    assertEquals(List.of("subscribe", "drain"), calls);
  }

  @Test
  void closeWhileReconnectingCancelsTheTimers() throws Exception {
    when(server.subscribeOncePerFetch(any())).thenThrow(new ServerUnreachableException("no route"));
    InboxWatch watch = watch(Duration.ofMillis(10), LONG, Duration.ofMillis(10), 0);
    awaitDrains(2);

    watch.close();
    quiesce();

    assertTrue(executor.getQueue().isEmpty(), "no timer left");
    assertEquals(new WatchStatus.Closed(), seen.getLast());
  }

  @Test
  void aDrainTheServerRefusesAsUnauthenticatedStopsTheWatch() throws Exception {
    serverAcceptsSubscriptions();
    drainAnswers.add(new ServerRefused(ServerErrorCode.UNAUTHENTICATED, "session expired"));

    InboxWatch watch = watch();
    ServerPushListener push = take(subscribers);
    WatchStatus.Stopped stopped = assertInstanceOf(WatchStatus.Stopped.class,
        awaitStatus(WatchStatus.Stopped.class::isInstance));
    push.inboxChanged(1);
    quiesce();

    assertTrue(stopped.reason().contains("session expired"), stopped.reason());
    assertEquals(stopped, watch.status());
    verify(take(subscriptions)).close();
    assertEquals(List.of("subscribe", "drain"), calls);
    assertTrue(executor.getQueue().isEmpty(), "no timer left");
  }

  @Test
  void aSubscriptionRefusedAsUnauthenticatedStopsTheWatchWithoutPolling() throws Exception {
    when(server.subscribeOncePerFetch(any())).thenThrow(new ServerCallException(ServerErrorCode.UNAUTHENTICATED, "revoked"));

    watch(Duration.ofMillis(10), LONG, Duration.ofMillis(10), 0);
    awaitStatus(WatchStatus.Stopped.class::isInstance);
    quiesce();

    assertTrue(executor.getQueue().isEmpty(), "no timer left");
    assertEquals(List.of(), calls.stream().filter("drain"::equals).toList());
  }
}
