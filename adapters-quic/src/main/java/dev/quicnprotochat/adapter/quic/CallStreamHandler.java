package dev.quicnprotochat.adapter.quic;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.handler.codec.quic.DefaultQuicStreamFrame;
import io.netty.handler.codec.quic.QuicChannel;
import io.netty.handler.codec.quic.QuicStreamChannel;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Server side of one call: collects the request until the client ends its side (FIN), dispatches it, writes the
/// one response and ends the server's side. A request over the size limit is answered at once with
/// `messageTooLarge`, and the rest of it is refused with STOP_SENDING (RFC 9000 §3.5) instead of being buffered.
final class CallStreamHandler extends ChannelInboundHandlerAdapter {
  private static final Logger logger = LoggerFactory.getLogger(CallStreamHandler.class);

  /// Application error code sent with STOP_SENDING when the server refuses the rest of a request.
  static final int STOP_SENDING_TOO_LARGE = 0x101;

  private final CallDispatcher dispatcher;
  private final SubscriptionOpener subscriptions;
  private final int maxMessageBytes;
  private ByteBuf request;
  private boolean answered;
  private boolean subscribed;
  private MessageReader decoded;

  /// @param subscriptions opens push subscriptions; null on a server without them (`subscribe` is then an
  ///     unknown method like any other)
  CallStreamHandler(CallDispatcher dispatcher, SubscriptionOpener subscriptions, int maxMessageBytes) {
    this.dispatcher = dispatcher;
    this.subscriptions = subscriptions;
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf chunk = (ByteBuf) msg;
    try {
      if (answered) {
        return;
      }
      int received = request == null ? 0 : request.readableBytes();
      if ((long) received + chunk.readableBytes() > maxMessageBytes) {
        answered = true;
        releaseRequest();
        reply(ctx, CallDispatcher.error(new CallException(CallError.MESSAGE_TOO_LARGE,
            "request exceeds the server's limit of " + maxMessageBytes + " bytes")));
        ((QuicStreamChannel) ctx.channel()).shutdownInput(STOP_SENDING_TOO_LARGE);
        return;
      }
      if (request == null) {
        request = ctx.alloc().buffer(chunk.readableBytes());
      }
      request.writeBytes(chunk);
    } finally {
      chunk.release();
    }
    inspectWholeMessage(ctx);
  }

  /// A subscription is the one request whose client keeps its side open (its FIN means "unsubscribe"), so a
  /// request is decoded as soon as it is one whole message: a subscription is served at once (docs/protocol.md
  /// §8), any other call keeps the decoded message for its FIN. More bytes after it void it (trailing bytes).
  private void inspectWholeMessage(ChannelHandlerContext ctx) {
    decoded = null;
    try {
      if (Frames.frameLength(request, maxMessageBytes) != request.readableBytes()) {
        return;
      }
      decoded = Frames.decode(request, maxMessageBytes);
    } catch (CallException e) {
      return; // answered at FIN like any bad request
    }
    if (!SubscriptionOpener.isSubscribe(decoded)) {
      return;
    }
    answered = true;
    MessageReader message = decoded;
    decoded = null;
    releaseRequest();
    if (subscriptions == null) {
      reply(ctx, CallDispatcher.error(new CallException(CallError.UNKNOWN_METHOD,
          "this server does not offer push subscriptions")));
      return;
    }
    subscribed = true;
    subscriptions.open(ctx, context(ctx), message);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof ChannelInputShutdownReadComplete) {
      if (subscribed) {
        // the client ended its side: it unsubscribes; closing the stream removes it from the hub. Before the
        // subscription is established, the opener sees the ended side and answers instead
        if (SubscriptionOpener.isEstablished(ctx.channel())) {
          ctx.close();
        }
        return;
      }
      if (!answered) {
        answered = true;
        answer(ctx);
      }
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  private void answer(ChannelHandlerContext ctx) {
    MessageReader message = decoded;
    try {
      if (message == null) {
        message = Frames.decode(request == null ? Unpooled.EMPTY_BUFFER : request, maxMessageBytes);
      }
    } catch (CallException e) {
      reply(ctx, CallDispatcher.error(e));
      return;
    } finally {
      decoded = null;
      releaseRequest();
    }
    dispatcher.dispatch(context(ctx), message).whenComplete((response, failure) -> {
      if (failure != null) {
        logger.error("dispatch failed", failure);
        reply(ctx, CallDispatcher.error(new CallException(CallError.INTERNAL, "internal server error")));
      } else {
        reply(ctx, response);
      }
    });
  }

  private static CallContext context(ChannelHandlerContext ctx) {
    QuicChannel connection = (QuicChannel) ctx.channel().parent();
    return new CallContext(connection.id().asShortText(), connection.remoteSocketAddress(),
        ConnectionState.of(connection));
  }

  /// Writes the response and FIN. Safe from any thread: an answer from a worker thread is queued on the
  /// connection's [ConnectionWrites], so the answers that finish together cost one event-loop task.
  static void reply(ChannelHandlerContext ctx, MessageBuilder response) {
    ByteBuf bytes = Frames.encode(response, ctx.alloc());
    DefaultQuicStreamFrame frame = new DefaultQuicStreamFrame(bytes, true); // response and FIN in one STREAM frame
    if (ctx.executor().inEventLoop() || !(ctx.channel().parent() instanceof QuicChannel connection)) {
      ctx.writeAndFlush(frame);
      return;
    }
    ConnectionWrites.of(connection).execute(() -> ctx.writeAndFlush(frame));
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    releaseRequest();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // a reset stream or a closed connection ends this call; nothing to answer, nothing to crash
    logger.debug("call stream failed: {}", cause.toString());
    ctx.close();
  }

  private void releaseRequest() {
    if (request != null) {
      request.release();
      request = null;
    }
  }
}
