package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.handler.codec.quic.QuicStreamChannel;
import java.util.concurrent.CompletableFuture;
import org.capnproto.DecodeException;
import org.capnproto.MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Client side of a push subscription (docs/protocol.md §8): reads the first `Response` (ready or error), then
/// `PushEvent` messages back to back, and hands inbox events to the listener. Runs on the stream's event loop.
final class ClientSubscriptionHandler extends ChannelInboundHandlerAdapter implements ServerSubscription {
  private static final Logger logger = LoggerFactory.getLogger(ClientSubscriptionHandler.class);

  private final ServerPushListener listener;
  private final int maxMessageBytes;
  private final CompletableFuture<ServerSubscription> ready = new CompletableFuture<>();
  private volatile Channel stream;
  private volatile boolean open;
  private volatile boolean closedByClient;
  private ByteBuf buffer;
  private boolean ended;

  ClientSubscriptionHandler(ServerPushListener listener, int maxMessageBytes) {
    this.listener = listener;
    this.maxMessageBytes = maxMessageBytes;
  }

  /// Completes with this subscription once the server registered it, or fails with the server's [CallException]
  /// or a [TransportException].
  CompletableFuture<ServerSubscription> ready() {
    return ready;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    stream = ctx.channel();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf chunk = (ByteBuf) msg;
    try {
      if (ended) {
        return;
      }
      if (buffer == null) {
        buffer = ctx.alloc().buffer(chunk.readableBytes());
      }
      buffer.writeBytes(chunk);
    } finally {
      chunk.release();
    }
    try {
      int length;
      while (!ended && (length = Frames.frameLength(buffer, maxMessageBytes)) > 0) {
        MessageReader message = Frames.decode(buffer.slice(buffer.readerIndex(), length), maxMessageBytes);
        buffer.skipBytes(length);
        handle(message);
      }
      buffer.discardReadBytes();
    } catch (CallException | DecodeException e) {
      end(ctx, "the server sent a malformed push event");
    }
  }

  private void handle(MessageReader message) {
    if (!ready.isDone()) {
      Qpc.Response.Reader response = message.getRoot(Qpc.Response.factory);
      switch (response.which()) {
        case SUBSCRIBE -> {
          open = true;
          ready.complete(this);
        }
        case ERROR -> {
          ended = true;
          ready.completeExceptionally(WireErrors.read(response.getError()));
        }
        default -> throw new CallException(CallError.MALFORMED_REQUEST, "unexpected response");
      }
      return;
    }
    Qpc.PushEvent.Reader event = message.getRoot(Qpc.PushEvent.factory);
    switch (event.which()) {
      case INBOX_SEQUENCE -> deliver(event.getInboxSequence());
      case HEARTBEAT -> logger.trace("push heartbeat");
      // a newer server's event kind: nothing this client can act on, and nothing lost by skipping it
      case _NOT_IN_SCHEMA -> logger.debug("skipping an unknown push event");
    }
  }

  private void deliver(long sequence) {
    try {
      listener.inboxChanged(sequence);
    } catch (RuntimeException e) {
      logger.warn("push listener failed: {}", e.toString());
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof ChannelInputShutdownReadComplete) {
      end(ctx, "the server ended the subscription");
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    end(ctx, "the connection to the server closed");
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    end(ctx, "the subscription stream failed: " + cause.getMessage());
  }

  private void end(ChannelHandlerContext ctx, String reason) {
    boolean wasOpen = open;
    open = false;
    release();
    if (!ready.isDone()) {
      ready.completeExceptionally(new TransportException(reason));
    }
    if (!ended) {
      ended = true;
      if (wasOpen && !closedByClient) {
        try {
          listener.subscriptionEnded(reason);
        } catch (RuntimeException e) {
          logger.warn("push listener failed: {}", e.toString());
        }
      }
    }
    ctx.close();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  /// Ends the subscription by ending the client's side of the stream (FIN); the server then closes its side and
  /// drops the subscription. Idempotent.
  @Override
  public void close() {
    closedByClient = true;
    open = false;
    Channel channel = stream;
    if (channel instanceof QuicStreamChannel quic) {
      quic.eventLoop().execute(() -> {
        if (quic.isActive() && !quic.isOutputShutdown()) {
          quic.shutdownOutput();
        }
      });
    }
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    release();
  }

  private void release() {
    if (buffer != null) {
      buffer.release();
      buffer = null;
    }
  }
}
