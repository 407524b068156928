package dev.quicnprotochat.bootstrap.bench;

import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.LongStream;

/// One benchmark receiver: a push subscription whose events wake a fetch loop (fetch after the cursor until the
/// page is empty, ack what was fetched). Records each measured entry's latency from the stamp in its payload.
final class Receiver implements ServerPushListener, AutoCloseable {

  private static final int PAGE = 500;

  private final ServerGateway gateway;
  private final Semaphore wake = new Semaphore(0);
  private final long[] latencies;
  private ServerSubscription subscription;
  private Thread worker;
  private volatile boolean closed;
  private volatile boolean measuring;
  private volatile int recorded;
  private volatile long delivered;
  private volatile long lastFetchNanos;
  private long cursor;

  Receiver(ServerGateway gateway, int capacity) {
    this.gateway = gateway;
    this.latencies = new long[capacity];
  }

  void start() {
    // the channel set-up left a Welcome in the inbox: skip it before anything is measured
    List<InboxEntry> initial = gateway.fetchInbox(0, PAGE);
    if (!initial.isEmpty()) {
      cursor = initial.getLast().sequence();
      gateway.ackInbox(cursor);
    }
    subscription = gateway.subscribe(this);
    worker = Thread.ofPlatform().daemon(true).name("bench-receive").start(this::loop);
  }

  synchronized void reset(boolean measured) {
    measuring = measured;
    recorded = 0;
    delivered = 0;
  }

  long delivered() {
    return delivered;
  }

  long lastFetchNanos() {
    return lastFetchNanos;
  }

  synchronized LongStream latencies() {
    return Arrays.stream(latencies, 0, recorded);
  }

  @Override
  public void inboxChanged(long sequence) {
    wake.release();
  }

  @Override
  public void subscriptionEnded(String reason) {
    // keeps fetching on the next wake-up; the run reports fewer deliveries if events stop
    wake.release();
  }

  private void loop() {
    while (!closed) {
      try {
        wake.acquire();
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
      try {
        drain();
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void drain() {
    while (true) {
      List<InboxEntry> page = gateway.fetchInbox(cursor, PAGE);
      if (page.isEmpty()) {
        return;
      }
      long now = System.nanoTime();
      record(page, now);
      cursor = page.getLast().sequence();
      gateway.ackInbox(cursor);
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
  }

  @Override
  public void close() {
    closed = true;
    if (subscription != null) {
      subscription.close();
    }
    if (worker != null) {
      worker.interrupt();
    }
    gateway.close();
  }
}
