package dev.quicnprotochat.bootstrap.bench;

import dev.quicnprotochat.adapter.quic.QuicServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/// One benchmark receiver, behaving as a client should: a push subscription paced by fetches (as the client's inbox
/// watch uses it) whose events wake a fetch loop (fetch after the cursor, ack now and then), a fallback poll, and a
/// new subscription when the server ends one. Records each measured entry's latency from the send time stamped in
/// its payload.
///
/// Blocking, the fetch loop is a thread of its own that waits in the client API. Pipelined, the same steps run as
/// callbacks on the connection's event loop (an event issues the fetch, its answer the ack and any next fetch), and
/// a shared timer drives the fallback poll, so no thread sleeps and wakes per fetch.
final class Receiver implements ServerPushListener, AutoCloseable {

  private static final int PAGE = 500;
  private static final long FALLBACK_POLL_MILLIS = 100;
  // acks are durable writes; a client acks its cursor now and then rather than after every fetch (delivery is
  // at-least-once: after a crash it re-fetches from the last ack)
  private static final int ACK_EVERY_ENTRIES = 1_000;
  private static final long ACK_EVERY_NANOS = 200_000_000L;

  private static final ScheduledExecutorService POLL_TIMER = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon(true).name("bench-receive-poll").factory());

  private final ServerGateway gateway;
  private final boolean oncePerFetch;
  /// The gateway's non-blocking calls when this receiver is pipelined, else null.
  private final QuicServerGateway pipelined;
  // pipelined only, guarded by `this`: a fetch is in flight; another was asked for meanwhile; a fetch was seen
  // since the last poll tick
  private boolean fetching;
  private boolean fetchAgain;
  private boolean fetchedSinceTick;
  private ScheduledFuture<?> pollTicks;
  private final Semaphore wake = new Semaphore(0);
  private final long[] latencies;
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong polled = new AtomicLong();
  private final AtomicLong resubscriptions = new AtomicLong();
  private final AtomicLong fetchCalls = new AtomicLong();
  private final AtomicLong ackCalls = new AtomicLong();
  private volatile ServerSubscription subscription;
  private volatile Thread worker;
  private volatile boolean closed;
  private volatile boolean resubscribe;
  private volatile boolean measuring;
  private volatile String lastError = "";
  private volatile long delivered;
  private volatile long lastFetchNanos;
  private int recorded;
  // only the fetching thread touches these (the worker, or one fetch callback at a time when pipelined)
  private volatile boolean polling;
  private long cursor;
  private long acked;
  private long lastAckNanos;

  /// @param pipelined fetch from the event loop's callbacks (`gateway` must then be a [QuicServerGateway])
  ///     rather than from a thread blocked in the client API
  Receiver(ServerGateway gateway, int capacity, boolean oncePerFetch, boolean pipelined) {
    this.gateway = gateway;
    this.oncePerFetch = oncePerFetch;
    this.pipelined = pipelined ? (QuicServerGateway) gateway : null;
    this.latencies = new long[capacity];
  }

  void start() {
    // the channel set-up left a Welcome in the inbox: skip it before anything is measured
    List<InboxEntry> initial = gateway.fetchInbox(0, PAGE);
    if (!initial.isEmpty()) {
      cursor = initial.getLast().sequence();
      gateway.ackInbox(cursor);
      acked = cursor;
    }
    subscription = subscribe();
    if (pipelined == null) {
      worker = Thread.ofPlatform().daemon(true).name("bench-receive").start(this::loop);
    } else {
      pollTicks = POLL_TIMER.scheduleAtFixedRate(this::pollTick, FALLBACK_POLL_MILLIS, FALLBACK_POLL_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  synchronized void reset(boolean measured) {
    measuring = measured;
    polled.set(0);
    resubscriptions.set(0);
    fetchCalls.set(0);
    ackCalls.set(0);
    recorded = 0;
    delivered = 0;
    lastFetchNanos = 0;
  }

  long delivered() {
    return delivered;
  }

  long lastFetchNanos() {
    return lastFetchNanos;
  }

  long errors() {
    return errors.get();
  }

  String lastError() {
    return lastError;
  }

  /// Entries of the measured phase found by a fallback poll rather than after a push event.
  long polled() {
    return polled.get();
  }

  /// Subscriptions the server ended (and this receiver renewed) during the phase.
  long resubscriptions() {
    return resubscriptions.get();
  }

  /// Fetch calls made during the phase.
  long fetchCalls() {
    return fetchCalls.get();
  }

  /// Ack calls made during the phase.
  long ackCalls() {
    return ackCalls.get();
  }

  synchronized LongStream latencies() {
    return Arrays.stream(latencies, 0, recorded);
  }

  private ServerSubscription subscribe() {
    return oncePerFetch ? gateway.subscribeOncePerFetch(this) : gateway.subscribe(this);
  }

  @Override
  public void inboxChanged(long sequence) {
    if (pipelined == null) {
      wake.release();
    } else {
      fetchSoon(false);
    }
  }

  @Override
  public void subscriptionEnded(String reason) {
    // as a real client does: subscribe again, then fetch what the missed events announced
    if (pipelined == null) {
      resubscribe = true;
      wake.release();
    } else if (!closed) {
      // subscribing waits for the server's answer: not on the event loop that delivers it
      Thread.ofVirtual().start(() -> {
        try {
          resubscriptions.incrementAndGet();
          subscription = subscribe();
          fetchSoon(false);
        } catch (RuntimeException e) {
          failed(e);
        }
      });
    }
  }

  /// Pipelined: fetches now, or right after the fetch in flight; `poll` marks a fetch made by the fallback poll.
  private void fetchSoon(boolean poll) {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (fetching) {
        fetchAgain = true;
        return;
      }
      fetching = true;
      polling = poll;
    }
    fetchNext();
  }

  /// Pipelined: the fallback poll fetches when no fetch happened since the last tick.
  private void pollTick() {
    boolean idle;
    synchronized (this) {
      idle = !fetchedSinceTick && !fetching;
      fetchedSinceTick = false;
    }
    if (idle) {
      fetchSoon(true);
    }
  }

  private void fetchNext() {
    CompletableFuture<List<InboxEntry>> page;
    try {
      page = pipelined.fetchInboxAsync(cursor, PAGE);
    } catch (RuntimeException e) {
      fetchEnded(e);
      return;
    }
    page.whenComplete((entries, failure) -> {
      if (failure != null) {
        fetchEnded(failure);
        return;
      }
      fetchCalls.incrementAndGet();
      boolean more = false;
      if (!entries.isEmpty()) {
        long now = System.nanoTime();
        record(entries, now);
        cursor = entries.getLast().sequence();
        if (cursor - acked >= ACK_EVERY_ENTRIES || now - lastAckNanos >= ACK_EVERY_NANOS) {
          ackCalls.incrementAndGet();
          pipelined.ackInboxAsync(cursor).whenComplete((removed, ackFailure) -> {
            if (ackFailure != null) {
              failed(ackFailure);
            }
          });
          acked = cursor;
          lastAckNanos = now;
        }
        more = entries.size() == PAGE; // a full page may have more behind it
      }
      synchronized (this) {
        fetchedSinceTick = true;
        polling = false;
        if (closed || !(more || fetchAgain)) {
          fetching = false;
          return;
        }
        fetchAgain = false;
      }
      fetchNext();
    });
  }

  private void fetchEnded(Throwable failure) {
    synchronized (this) {
      fetching = false;
      fetchAgain = false;
    }
    // the next event or the fallback poll fetches again
    failed(failure);
  }

  private void failed(Throwable failure) {
    if (!closed) {
      errors.incrementAndGet();
      lastError = failure.toString();
    }
  }

  private void loop() {
    while (!closed) {
      try {
        // polling stays as the fallback (DESIGN.md §2): a lost event delays an entry by at most this long
        polling = !wake.tryAcquire(FALLBACK_POLL_MILLIS, TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
      try {
        if (resubscribe && !closed) {
          resubscribe = false;
          resubscriptions.incrementAndGet();
          subscription = subscribe();
        }
        // every wake-up fetches (with a subscription paced by fetches, that also re-arms the next event)
        drain();
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        errors.incrementAndGet();
        lastError = e.toString();
      }
    }
  }

  private void drain() {
    while (true) {
      List<InboxEntry> page = gateway.fetchInbox(cursor, PAGE);
      fetchCalls.incrementAndGet();
      if (page.isEmpty()) {
        return;
      }
      long now = System.nanoTime();
      record(page, now);
      cursor = page.getLast().sequence();
      if (cursor - acked >= ACK_EVERY_ENTRIES || now - lastAckNanos >= ACK_EVERY_NANOS) {
        gateway.ackInbox(cursor);
        ackCalls.incrementAndGet();
        acked = cursor;
        lastAckNanos = now;
      }
      if (page.size() < PAGE) {
        // a short page was everything up to now; a later entry comes with its own push event
        return;
      }
    }
  }

  private synchronized void record(List<InboxEntry> page, long now) {
    for (InboxEntry entry : page) {
      if (measuring && recorded < latencies.length) {
        latencies[recorded++] = now - Payloads.stampOf(entry.payload().toByteArray());
      }
    }
    delivered += page.size();
    lastFetchNanos = now;
    if (polling && measuring) {
      polled.addAndGet(page.size());
    }
  }

  @Override
  public void close() {
    closed = true;
    if (pollTicks != null) {
      pollTicks.cancel(false);
    }
    ServerSubscription current = subscription;
    if (current != null) {
      current.close();
    }
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
    }
    gateway.close();
  }
}
