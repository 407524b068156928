package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.InboxWatch;
import dev.quicnprotochat.application.port.in.client.InboxWatchListener;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ProcessInboxUseCase;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesUseCase;
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
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One running watch. Subscribes, drains the inbox right after (entries may have come while not subscribed) and on
/// every push event; when the subscription ends or cannot be opened, retries with exponential backoff and polls
/// meanwhile. The subscription is paced by fetches (`subscribeOncePerFetch`): after an event the server waits for
/// the next fetch, so a drain that could not fetch (refused, unreachable) is retried after the poll interval rather
/// than waiting for an event that will not come. Everything runs on the worker: push callbacks (transport thread) only queue a task, and queued
/// drains coalesce. The fields below are guarded by `this`; network calls run outside the lock, so [#close()]
/// never waits for a drain.
final class InboxWatcher implements InboxWatch {

  private static final Logger logger = LoggerFactory.getLogger(InboxWatcher.class);

  /// Entries per fetch; a drain repeats fetches until the inbox is empty.
  static final int FETCH_LIMIT = 100;

  private final ServerGateway server;
  private final ProcessInboxUseCase processInbox;
  private final ReplenishKeyPackagesUseCase replenish;
  private final ClientWorker worker;
  private final WatchInboxCommand settings;
  private final InboxWatchListener listener;
  private final AtomicBoolean drainQueued = new AtomicBoolean();

  private WatchStatus status = new WatchStatus.Reconnecting(0, Duration.ZERO, "connecting");
  private boolean closed;
  private boolean stopped;
  private ServerSubscription subscription;
  private Subscriber current;
  private int attempt;
  private Duration backoff;
  private Future<?> reconnectTimer;
  private Future<?> pollTimer;
  /// A one-shot drain after a drain that could not fetch while subscribed.
  private Future<?> retryTimer;
  /// Worker-confined: key packages may have been used (at start, and after each non-empty drain).
  private boolean replenishPending = true;

  InboxWatcher(ServerGateway server, ProcessInboxUseCase processInbox, ReplenishKeyPackagesUseCase replenish,
               ClientWorker worker, WatchInboxCommand settings, InboxWatchListener listener) {
    this.server = server;
    this.processInbox = processInbox;
    this.replenish = replenish;
    this.worker = worker;
    this.settings = settings;
    this.listener = listener;
    this.backoff = settings.initialBackoff();
  }

  void start() {
    submit(() -> {
      connect();
      if (!subscribed()) {
        drain();
      }
    });
  }

  @Override
  public void fetchNow() {
    requestDrain();
  }

  @Override
  public synchronized WatchStatus status() {
    return status;
  }

  @Override
  public void close() {
    ServerSubscription open;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      status = new WatchStatus.Closed();
      open = subscription;
      subscription = null;
      current = null;
      cancelTimers();
    }
    if (open != null) {
      open.close();
    }
    WatchStatus closedStatus = new WatchStatus.Closed();
    try {
      worker.execute(() -> tell(() -> listener.statusChanged(closedStatus)));
    } catch (RejectedExecutionException e) {
      tell(() -> listener.statusChanged(closedStatus)); // no worker left to run it on
    }
  }

  // --- on the worker ---

  private void connect() {
    if (!active()) {
      return;
    }
    Subscriber subscriber = new Subscriber();
    ServerSubscription opened;
    try {
      opened = server.subscribeOncePerFetch(subscriber);
    } catch (ServerUnreachableException e) {
      notSubscribed(e.getMessage(), false);
      return;
    } catch (ServerCallException e) {
      if (e.code() == ServerErrorCode.UNAUTHENTICATED) {
        stop(sessionOver(e.getMessage()));
      } else {
        notSubscribed("the server refused the subscription: " + e.getMessage(), true);
      }
      return;
    } catch (RuntimeException e) {
      // a bug or an unexpected answer: keep polling and retrying rather than ending the watch without a word
      logger.warn("subscribing failed: {}", e.toString());
      notSubscribed("subscribing failed: " + e.getMessage(), true);
      return;
    }
    synchronized (this) {
      if (active()) {
        subscription = opened;
        current = subscriber;
        attempt = 0;
        backoff = settings.initialBackoff();
        cancel(pollTimer);
        pollTimer = null;
        opened = null;
      }
    }
    if (opened != null) {
      opened.close(); // closed or stopped while subscribing
      return;
    }
    report(new WatchStatus.Subscribed());
    drain();
  }

  /// Schedules the next subscribe attempt with backoff and makes sure the inbox is polled until then.
  private void notSubscribed(String reason, boolean refused) {
    int number;
    Duration delay;
    synchronized (this) {
      if (!active()) {
        return;
      }
      subscription = null;
      current = null;
      number = ++attempt;
      delay = backoff;
      backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff()
          : backoff.multipliedBy(2);
      cancel(reconnectTimer);
      reconnectTimer = worker.schedule(guarded(this::connect), delay);
      if (pollTimer == null) {
        pollTimer = worker.repeat(guarded(this::drain), settings.pollInterval());
      }
    }
    logger.info("inbox subscription attempt {} in {} ms: {}", number, delay.toMillis(), reason);
    report(refused ? new WatchStatus.Polling(settings.pollInterval(), reason)
        : new WatchStatus.Reconnecting(number, delay, reason));
  }

  private void onSubscriptionEnded(Subscriber subscriber, String reason) {
    ServerSubscription ended;
    synchronized (this) {
      if (!active() || current != subscriber) {
        return; // an older subscription, or the watch is over
      }
      ended = subscription;
    }
    ended.close();
    notSubscribed(reason, false);
  }

  private void drain() {
    if (!active()) {
      return;
    }
    ProcessInboxResult result = processInbox.processInbox(new ProcessInboxCommand(FETCH_LIMIT));
    switch (result) {
      case ProcessInboxResult.Processed processed -> {
        if (!processed.events().isEmpty() || !processed.commits().isEmpty()) {
          replenishPending = true;
          if (active()) {
            tell(() -> listener.processed(processed));
          }
        }
        if (replenishPending) {
          replenishKeyPackages();
        }
      }
      case NoIdentity none -> stop("this profile has no identity yet: register first");
      case ServerRefused refused when refused.code() == ServerErrorCode.UNAUTHENTICATED ->
          stop(sessionOver(refused.message()));
      case ServerRefused refused -> {
        logger.info("inbox fetch refused: {}", refused.code());
        retryDrainLater();
      }
      case ServerUnreachable unreachable -> {
        logger.debug("inbox fetch failed: {}", unreachable.message());
        retryDrainLater();
      }
    }
  }

  private void replenishKeyPackages() {
    int batch = Math.clamp(settings.replenishBelow(), 1, ReplenishKeyPackagesCommand.MAX_BATCH);
    ReplenishKeyPackagesResult result = replenish.replenish(
        new ReplenishKeyPackagesCommand(settings.replenishBelow(), batch, false));
    switch (result) {
      case ReplenishKeyPackagesResult.Sufficient sufficient -> replenishPending = false;
      case ReplenishKeyPackagesResult.Published published -> replenishPending = false;
      case NoIdentity none -> stop("this profile has no identity yet: register first");
      case ServerRefused refused when refused.code() == ServerErrorCode.UNAUTHENTICATED ->
          stop(sessionOver(refused.message()));
      case ServerRefused refused -> logger.info("key package replenishment refused: {}", refused.code());
      case ServerUnreachable unreachable -> logger.debug("key package replenishment failed: {}",
          unreachable.message());
    }
  }

  private void stop(String reason) {
    ServerSubscription open;
    synchronized (this) {
      if (!active()) {
        return;
      }
      stopped = true;
      open = subscription;
      subscription = null;
      current = null;
      cancelTimers();
    }
    if (open != null) {
      open.close();
    }
    logger.info("inbox watch stopped: {}", reason);
    report(new WatchStatus.Stopped(reason));
  }

  private void report(WatchStatus next) {
    synchronized (this) {
      if (closed || next.equals(status)) {
        return;
      }
      status = next;
    }
    tell(() -> listener.statusChanged(next));
  }

  // --- any thread ---

  private void requestDrain() {
    if (active() && drainQueued.compareAndSet(false, true)) {
      submit(() -> {
        drainQueued.set(false); // an event during this drain queues the next one
        drain();
      });
    }
  }

  private void submit(Runnable task) {
    try {
      worker.execute(guarded(task));
    } catch (RejectedExecutionException e) {
      logger.debug("the worker is shut down; inbox watch task dropped");
    }
  }

  private synchronized boolean active() {
    return !closed && !stopped;
  }

  /// While subscribed, the server announces nothing more until the next fetch: try again after the poll interval.
  /// (Unsubscribed, the poll timer already drains.)
  private synchronized void retryDrainLater() {
    if (active() && subscription != null && retryTimer == null) {
      retryTimer = worker.schedule(guarded(() -> {
        synchronized (this) {
          retryTimer = null; // this retry runs now: a failure in it may schedule the next
        }
        drain();
      }), settings.pollInterval());
    }
  }

  private synchronized boolean subscribed() {
    return subscription != null;
  }

  private void cancelTimers() {
    cancel(reconnectTimer);
    cancel(pollTimer);
    cancel(retryTimer);
    reconnectTimer = null;
    pollTimer = null;
    retryTimer = null;
  }

  private static void cancel(Future<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /// A failing task must neither end a repeating timer nor vanish silently into its future.
  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        logger.warn("inbox watch task failed: {}", e.toString());
      }
    };
  }

  private static void tell(Runnable call) {
    guarded(call).run();
  }

  private static String sessionOver(String message) {
    return "the session is no longer valid (" + message + "): log in again";
  }

  /// The listener of one subscription attempt; events of an older one are told apart by identity.
  private final class Subscriber implements ServerPushListener {

    @Override
    public void inboxChanged(long sequence) {
      requestDrain();
    }

    @Override
    public void subscriptionEnded(String reason) {
      submit(() -> onSubscriptionEnded(this, reason));
    }
  }
}
