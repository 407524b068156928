package dev.quicnprotochat.adapter.quic;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.quic.DefaultQuicStreamFrame;
import io.netty.handler.codec.quic.QuicChannel;
import io.netty.handler.codec.quic.QuicConnectionCloseEvent;
import io.netty.handler.codec.quic.QuicException;
import io.netty.handler.codec.quic.QuicStreamChannel;
import io.netty.handler.codec.quic.QuicStreamLimitChangedEvent;
import io.netty.handler.codec.quic.QuicStreamType;
import io.netty.handler.codec.quic.QuicTransportError;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/// Opens call streams on a client connection within the server's stream limit. QUIC forbids opening more
/// bidirectional streams than the peer allows (RFC 9000 §4.6): calls beyond it wait here, in order, until the
/// server raises the limit (MAX_STREAMS), which Netty reports as [QuicStreamLimitChangedEvent]. Every method runs
/// on the connection's event loop, so the queue needs no lock.
final class StreamScheduler extends ChannelInboundHandlerAdapter {
  /// A stream to open: the request to write (then FIN), the handler that reads the server's side, and where a
  /// failure to open goes.
  private record PendingCall(ByteBuf request, ChannelHandler handler, Consumer<Throwable> failure,
                             boolean endAfterRequest) {}

  private final Deque<PendingCall> waiting = new ArrayDeque<>();
  private final CompletableFuture<QuicConnectionCloseEvent> peerClose = new CompletableFuture<>();
  private final int maxResponseBytes;
  private QuicChannel connection;
  private boolean blocked;

  StreamScheduler(int maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    connection = (QuicChannel) ctx.channel();
  }

  /// Completes when the server closes the connection (CONNECTION_CLOSE), which during the handshake is how it
  /// refuses a client: Netty fails the connect attempt only after the draining period (RFC 9000 §10.2).
  CompletableFuture<QuicConnectionCloseEvent> peerClose() {
    return peerClose;
  }

  /// Queues one call; safe from any thread.
  void submit(ByteBuf request, CompletableFuture<byte[]> result) {
    enqueueSafely(new PendingCall(request, new ClientCallHandler(result, maxResponseBytes),
        result::completeExceptionally, true));
  }

  /// Queues one call that fails with a [TimeoutException] if it has no answer `timeout` after it was queued. The
  /// timer is set on the event loop, which answers the call too: a caller that waits without a timeout of its own
  /// costs no timer thread and no extra wake-up per call.
  void submit(ByteBuf request, CompletableFuture<byte[]> result, Duration timeout) {
    enqueueSafely(new PendingCall(request, new ClientCallHandler(result, maxResponseBytes),
        result::completeExceptionally, true), () -> {
          ScheduledFuture<?> timer = connection.eventLoop().schedule(() -> {
            result.completeExceptionally(new TimeoutException("no answer within " + timeout.toMillis() + " ms"));
          }, timeout.toNanos(), TimeUnit.NANOSECONDS);
          result.whenComplete((answer, failure) -> timer.cancel(false));
        });
  }

  /// Queues a push subscription stream: writes `request` but keeps the client's side open (ending it is how the
  /// client unsubscribes); `handler` reads the server's side. Safe from any thread.
  void subscribe(ByteBuf request, ChannelHandler handler, Consumer<Throwable> failure) {
    enqueueSafely(new PendingCall(request, handler, failure, false));
  }

  private void enqueueSafely(PendingCall call) {
    enqueueSafely(call, () -> {});
  }

  /// `onLoop` runs on the event loop just before the call is queued there. Once the client is closed, the call
  /// fails on the calling thread (the connection is no longer active).
  private void enqueueSafely(PendingCall call, Runnable onLoop) {
    // batched with the other calls queued meanwhile: one event-loop task for all of them
    ConnectionWrites.of(connection).execute(() -> {
      if (connection.eventLoop().inEventLoop()) {
        onLoop.run();
      }
      enqueue(call);
    });
  }

  private void enqueue(PendingCall call) {
    if (!connection.isActive() || peerClose.isDone()) {
      call.request().release();
      call.failure().accept(new TransportException(closeReason()));
      return;
    }
    waiting.addLast(call);
    drain();
  }

  private void drain() {
    while (!blocked && !waiting.isEmpty() && connection.peerAllowedStreams(QuicStreamType.BIDIRECTIONAL) > 0) {
      open(waiting.pollFirst());
    }
  }

  private void open(PendingCall call) {
    connection.newStreamBootstrap()
        .type(QuicStreamType.BIDIRECTIONAL)
        .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .handler(call.handler())
        .create()
        .addListener(opened -> {
          if (opened.isSuccess()) {
            QuicStreamChannel stream = (QuicStreamChannel) opened.getNow();
            // a write that fails because the server refused the rest of the request (STOP_SENDING) is not the
            // call's outcome: the server's error response is, and the handler completes with it
            if (call.endAfterRequest()) {
              // request and FIN in one STREAM frame: one packet for a small call, not a second one for the FIN
              stream.writeAndFlush(new DefaultQuicStreamFrame(call.request(), true));
            } else {
              stream.writeAndFlush(call.request());
            }
          } else if (isStreamLimit(opened.cause())) {
            blocked = true;
            waiting.addFirst(call);
          } else {
            call.request().release();
            call.failure().accept(peerClose.isDone()
                ? new TransportException(closeReason())
                : new TransportException("cannot open a call stream: " + opened.cause().getMessage(),
                    opened.cause()));
          }
        });
  }

  private static boolean isStreamLimit(Throwable cause) {
    return cause instanceof QuicException quic && QuicTransportError.STREAM_LIMIT_ERROR.equals(quic.error());
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof QuicStreamLimitChangedEvent) {
      blocked = false;
      drain();
    } else if (evt instanceof QuicConnectionCloseEvent close) {
      peerClose.complete(close);
    }
    super.userEventTriggered(ctx, evt);
  }

  /// Why the connection ended, for the calls it fails.
  String closeReason() {
    QuicConnectionCloseEvent close = peerClose.getNow(null);
    if (close != null && close.isApplicationClose() && close.reason() != null && close.reason().length > 0) {
      return "the server closed the connection: "
          + new String(close.reason(), java.nio.charset.StandardCharsets.US_ASCII).replaceAll("[^ -~]", "?");
    }
    return "the connection to the server closed";
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    while (!waiting.isEmpty()) {
      PendingCall call = waiting.pollFirst();
      call.request().release();
      call.failure().accept(new TransportException(closeReason()));
    }
    ctx.fireChannelInactive();
  }
}
