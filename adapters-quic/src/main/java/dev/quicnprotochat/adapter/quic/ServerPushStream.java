package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
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
final class ServerPushStream implements PushStream {

  static final long RETRY_MILLIS = 5;
  static final long STALL_LIMIT_MILLIS = 10_000;

  private final Channel stream;
  private ScheduledFuture<?> heartbeat;
  /// The latest sequence not yet written, or -1.
  private long pendingSequence = -1;
  /// Retries so far while the stream stays unwritable; counted rather than timed so it follows the event loop's clock.
  private long blockedRetries;

  ServerPushStream(Channel stream) {
    this.stream = stream;
  }

  @Override
  public void push(long sequence) {
    stream.eventLoop().execute(() -> {
      boolean retryScheduled = pendingSequence >= 0;
      pendingSequence = Math.max(pendingSequence, sequence);
      if (!retryScheduled) {
        flushPending();
      }
    });
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
