package dev.quicnprotochat.adapter.quic;

import io.netty.channel.Channel;
import io.netty.handler.codec.quic.QuicChannel;
import io.netty.util.AttributeKey;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Stream writes that other threads hand to one QUIC connection's event loop, run in batches.
///
/// A server answers calls from worker threads and a client sends them from its callers' threads. Handed over one
/// by one, every answer or request is an event-loop task of its own, and often a wake-up of a sleeping loop
/// (an `eventfd` write, an `epoll_wait` return and a read), which on a small virtual machine costs more than the
/// write itself. Here they queue up: the first write of a batch schedules one task, and that task runs every
/// write queued by then. A lone write costs what it did before; under load the batches grow by themselves, with
/// no timer and no added delay. (They do not share packets: quiche puts one STREAM frame in each packet it
/// builds, so each write still leaves in its own packet; docs/performance.md has the measurements.)
final class ConnectionWrites {
  private static final Logger logger = LoggerFactory.getLogger(ConnectionWrites.class);
  private static final AttributeKey<ConnectionWrites> KEY = AttributeKey.valueOf(ConnectionWrites.class, "writes");

  private final QuicChannel connection;
  private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  private ConnectionWrites(QuicChannel connection) {
    this.connection = connection;
  }

  /// The write queue of `connection`, created on first use; it goes away with the connection.
  static ConnectionWrites of(QuicChannel connection) {
    ConnectionWrites writes = connection.attr(KEY).get();
    if (writes == null) {
      ConnectionWrites created = new ConnectionWrites(connection);
      writes = connection.attr(KEY).setIfAbsent(created);
      if (writes == null) {
        writes = created;
      }
    }
    return writes;
  }

  /// Runs `task` on the event loop of `stream`: batched with its connection's other writes when it is a QUIC
  /// stream, plainly otherwise (a test's embedded channel).
  static void onLoopOf(Channel stream, Runnable task) {
    if (stream.parent() instanceof QuicChannel connection) {
      of(connection).execute(task);
    } else {
      stream.eventLoop().execute(task);
    }
  }

  /// Runs `write` on the connection's event loop, batched with the writes queued beside it; safe from any thread.
  /// Writes run in the order they were queued. Once the event loop has shut down, they run on the calling thread,
  /// where Netty fails them and releases their buffers as it does for any write to a closed channel.
  void execute(Runnable write) {
    pending.add(write);
    if (scheduled.compareAndSet(false, true)) {
      try {
        connection.eventLoop().execute(this::drain);
      } catch (RejectedExecutionException closed) {
        drain();
      }
    }
  }

  private void drain() {
    // cleared before polling: a write queued after the last poll schedules the next batch itself
    scheduled.set(false);
    Runnable write;
    while ((write = pending.poll()) != null) {
      try {
        write.run();
      } catch (RuntimeException e) {
        // one failed write must not strand the writes queued behind it
        logger.debug("a queued stream write failed: {}", e.toString());
      }
    }
  }
}
