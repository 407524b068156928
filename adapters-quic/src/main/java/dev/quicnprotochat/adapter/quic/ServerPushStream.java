package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.domain.identity.IdentityKey;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.capnproto.MessageBuilder;

/// The server's end of one push subscription: writes `PushEvent` messages on the stream's event loop. A write
/// that fails (the client sent STOP_SENDING or went away) closes the stream, which removes it from the hub.
///
/// Under backpressure (the stream is not writable) events are coalesced rather than buffered or dropped: an event
/// only says "your inbox has entries up to this sequence" and the client fetches everything after its cursor, so
/// the latest pending sequence stands for all earlier ones. At most one event waits; it is retried every
/// [#RETRY_MILLIS] ms. Only a stream that stays unwritable for [#STALL_LIMIT_MILLIS] ms is closed (the client
/// then resubscribes and fetches, losing nothing: entries are durable). Heartbeats are skipped while blocked.
/// All state is confined to the stream's event loop.
///
/// A subscription opened with `oncePerFetch` (docs/protocol.md §8) sends one event, then waits until its connection
/// fetches ([#fetched]): a busy inbox costs one event per fetch instead of one per entry. The fetch handler takes
/// [#notifications] before it reads the store; if an entry was announced to this stream since, the entry may have
/// missed that read, so the stream sends its event at once instead of re-arming. At worst that is one event more
/// than needed (the client's next fetch finds nothing new); an entry is never left unannounced.
final class ServerPushStream implements PushStream {

  static final long RETRY_MILLIS = 5;
  static final long STALL_LIMIT_MILLIS = 10_000;

  private final Channel stream;
  private final IdentityKey identity;
  private final boolean oncePerFetch;
  /// Events handed to this stream so far; written on the event loop only, read by fetch handlers.
  private volatile long notifications;
  /// Whether the next event may go out now (always, unless `oncePerFetch` and an event awaits its fetch).
  private boolean armed = true;
  /// The highest sequence handed to this stream.
  private long latestSequence = -1;
  private ScheduledFuture<?> heartbeat;
  /// The latest sequence not yet written, or -1.
  private long pendingSequence = -1;
  /// Retries so far while the stream stays unwritable; counted rather than timed so it follows the event loop's clock.
  private long blockedRetries;

  ServerPushStream(Channel stream) {
    this(stream, null, false);
  }

  /// @param identity whose inbox this stream announces (fetches by other identities on the connection do not
  ///     re-arm it)
  /// @param oncePerFetch send the next event only after a fetch on this connection
  ServerPushStream(Channel stream, IdentityKey identity, boolean oncePerFetch) {
    this.stream = stream;
    this.identity = identity;
    this.oncePerFetch = oncePerFetch;
  }

  @Override
  public void push(long sequence) {
    ConnectionWrites.onLoopOf(stream, () -> {
      notifications = notifications + 1; // only this thread writes it
      latestSequence = Math.max(latestSequence, sequence);
      if (armed) {
        armed = !oncePerFetch;
        announce(latestSequence);
      }
    });
  }

  /// Events handed to this stream so far: read before a fetch reads the store, passed back to [#fetched].
  long notifications() {
    return notifications;
  }

  /// Whether a fetch by `caller` re-arms this stream.
  boolean announces(IdentityKey caller) {
    return oncePerFetch && identity != null && identity.equals(caller);
  }

  /// The connection fetched `identity`'s inbox; `notificationsBefore` is [#notifications] from before its store read.
  void fetched(long notificationsBefore) {
    if (!oncePerFetch) {
      return;
    }
    ConnectionWrites.onLoopOf(stream, () -> {
      if (notifications > notificationsBefore) {
        armed = false; // something landed since the fetch began: it may not be in the page
        announce(latestSequence);
      } else {
        armed = true;
      }
    });
  }

  private void announce(long sequence) {
    boolean retryScheduled = pendingSequence >= 0;
    pendingSequence = Math.max(pendingSequence, sequence);
    if (!retryScheduled) {
      flushPending();
    }
  }

  /// Starts heartbeats; call on the event loop once the subscription is registered.
  void startHeartbeat(long intervalMillis) {
    heartbeat = stream.eventLoop().scheduleAtFixedRate(() -> {
      if (pendingSequence >= 0 || !stream.isActive() || !stream.isWritable()) {
        return; // a blocked stream gets its pending event first; a heartbeat adds nothing
      }
      MessageBuilder event = Frames.newMessage();
      event.initRoot(Qpc.PushEvent.factory).setHeartbeat(org.capnproto.Void.VOID);
      stream.writeAndFlush(Frames.encode(event, stream.alloc())).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  void stopHeartbeat() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
  }

  private void flushPending() {
    if (pendingSequence < 0) {
      return;
    }
    if (!stream.isActive()) {
      pendingSequence = -1;
      return;
    }
    if (!stream.isWritable()) {
      if (++blockedRetries > STALL_LIMIT_MILLIS / RETRY_MILLIS) {
        // the client has not read for a long time: end the subscription instead of holding it open
        pendingSequence = -1;
        stream.close();
        return;
      }
      stream.eventLoop().schedule(this::flushPending, RETRY_MILLIS, TimeUnit.MILLISECONDS);
      return;
    }
    blockedRetries = 0;
    MessageBuilder event = Frames.newMessage();
    event.initRoot(Qpc.PushEvent.factory).setInboxSequence(pendingSequence);
    pendingSequence = -1;
    stream.writeAndFlush(Frames.encode(event, stream.alloc())).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
  }
}
