package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.capnproto.MessageBuilder;

/// The server's end of one push subscription: writes `PushEvent` messages on the stream's event loop. A write
/// that fails (the client sent STOP_SENDING or went away) closes the stream, which removes it from the hub.
final class ServerPushStream implements PushStream {
  private final Channel stream;
  private ScheduledFuture<?> heartbeat;

  ServerPushStream(Channel stream) {
    this.stream = stream;
  }

  @Override
  public void push(long sequence) {
    stream.eventLoop().execute(() -> {
      MessageBuilder event = Frames.newMessage();
      event.initRoot(Qpc.PushEvent.factory).setInboxSequence(sequence);
      write(event);
    });
  }

  /// Starts heartbeats; call on the event loop once the subscription is registered.
  void startHeartbeat(long intervalMillis) {
    heartbeat = stream.eventLoop().scheduleAtFixedRate(() -> {
      MessageBuilder event = Frames.newMessage();
      event.initRoot(Qpc.PushEvent.factory).setHeartbeat(org.capnproto.Void.VOID);
      write(event);
    }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  void stopHeartbeat() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
  }

  private void write(MessageBuilder event) {
    if (!stream.isActive()) {
      return;
    }
    if (!stream.isWritable()) {
      // the client stopped reading: rather than buffer without bound or drop events silently, end the
      // subscription; the client resubscribes and fetches, losing nothing (entries are durable)
      stream.close();
      return;
    }
    stream.writeAndFlush(Frames.encode(event, stream.alloc())).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
  }
}
