package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.AuthenticateResult;
import dev.quicnprotochat.application.port.in.AuthenticateUseCase;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.domain.session.SessionToken;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.quic.QuicStreamChannel;
import io.netty.util.AttributeKey;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.capnproto.DecodeException;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Opens push subscriptions (docs/protocol.md §8): authenticates the token off the event loop, registers the
/// stream with the [PushHub] *before* answering, so every entry enqueued after the client saw the answer is
/// announced, then answers `Response{subscribe}` without ending the stream. Failures answer like any call:
/// one `Error`, then FIN.
final class SubscriptionOpener {
  private static final Logger logger = LoggerFactory.getLogger(SubscriptionOpener.class);

  private static final AttributeKey<Boolean> ESTABLISHED =
      AttributeKey.valueOf(SubscriptionOpener.class, "established");

  private final AuthenticateUseCase authenticate;
  private final PushHub hub;
  private final CallGate gate;
  private final Executor blockingExecutor;

  SubscriptionOpener(AuthenticateUseCase authenticate, PushHub hub, CallGate gate, Executor blockingExecutor) {
    this.authenticate = authenticate;
    this.hub = hub;
    this.gate = gate;
    this.blockingExecutor = blockingExecutor;
  }

  static boolean isSubscribe(MessageReader message) {
    try {
      return message.getRoot(Qpc.Request.factory).which() == Qpc.Request.Which.SUBSCRIBE;
    } catch (DecodeException e) {
      return false;
    }
  }

  void open(ChannelHandlerContext ctx, CallContext call, MessageReader message) {
    Optional<SessionToken> token;
    boolean oncePerFetch;
    try {
      gate.admit(call);
      Qpc.Request.Reader request = message.getRoot(Qpc.Request.factory);
      oncePerFetch = request.getSubscribe().getOncePerFetch();
      token = SessionTokens.read(request);
    } catch (CallException e) {
      fail(ctx, e);
      return;
    } catch (DecodeException e) {
      fail(ctx, new CallException(CallError.MALFORMED_REQUEST, "not a well-formed request"));
      return;
    }
    try {
      CompletableFuture.supplyAsync(() -> authenticate.authenticate(new AuthenticateCommand(token)), blockingExecutor)
          .whenComplete((result, failure) -> ctx.executor().execute(
              () -> settle(ctx, call, token, oncePerFetch, result, failure)));
    } catch (RejectedExecutionException e) {
      fail(ctx, new CallException(CallError.UNAVAILABLE, "server is shutting down"));
    }
  }

  private void settle(ChannelHandlerContext ctx, CallContext call, Optional<SessionToken> token,
                      boolean oncePerFetch, AuthenticateResult result, Throwable failure) {
    if (failure != null) {
      logger.error("subscribe from {} failed", call.connectionId(), failure);
      fail(ctx, new CallException(CallError.INTERNAL, "internal server error"));
      return;
    }
    switch (result) {
      case Unauthenticated unauthenticated -> fail(ctx, Outcomes.unauthenticated(unauthenticated));
      case Caller caller -> start(ctx, call, caller, token, oncePerFetch);
    }
  }

  /// Whether the stream's subscription is registered (as opposed to still authenticating).
  static boolean isEstablished(Channel stream) {
    return stream.hasAttr(ESTABLISHED);
  }

  private void start(ChannelHandlerContext ctx, CallContext call, Caller caller, Optional<SessionToken> token,
                     boolean oncePerFetch) {
    if (!ctx.channel().isActive()) {
      return;
    }
    if (ctx.channel() instanceof QuicStreamChannel quic && quic.isInputShutdown()) {
      // the client ended its side while we authenticated: it sent a plain call, which a subscription is not
      fail(ctx, new CallException(CallError.INVALID_REQUEST,
          "a subscription keeps the client's side of the stream open: do not end it after the request"));
      return;
    }
    ctx.channel().attr(ESTABLISHED).set(Boolean.TRUE);
    ServerPushStream stream = new ServerPushStream(ctx.channel(), caller.identityKey(), oncePerFetch);
    hub.register(caller.identityKey(), stream);
    call.connection().addPushStream(stream);
    long heartbeatMillis = hub.heartbeatInterval().toMillis();
    ScheduledFuture<?> sessionCheck = ctx.executor().scheduleAtFixedRate(() -> checkSession(ctx, caller, token),
        heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
    ctx.channel().closeFuture().addListener(closed -> {
      sessionCheck.cancel(false);
      stream.stopHeartbeat();
      hub.unregister(caller.identityKey(), stream);
      call.connection().removePushStream(stream);
      logger.debug("subscription of {} closed", caller.identityKey());
    });
    MessageBuilder ready = Frames.newMessage();
    ready.initRoot(Qpc.Response.factory).initSubscribe().setHeartbeatMillis((int) heartbeatMillis);
    ctx.writeAndFlush(Frames.encode(ready, ctx.alloc()))
        .addListener(io.netty.channel.ChannelFutureListener.CLOSE_ON_FAILURE);
    stream.startHeartbeat(heartbeatMillis);
    logger.debug("subscription of {} open", caller.identityKey());
  }

  /// A subscription lives no longer than its session: at every heartbeat interval the token is checked again, and
  /// once it has expired or been revoked (logout) the stream is closed, so the client learns it and logs in again.
  private void checkSession(ChannelHandlerContext ctx, Caller caller, Optional<SessionToken> token) {
    try {
      blockingExecutor.execute(() -> {
        AuthenticateResult result;
        try {
          result = authenticate.authenticate(new AuthenticateCommand(token));
        } catch (RuntimeException e) {
          // a store that is down says nothing about the session: keep the subscription, check again next time
          logger.warn("session check of a subscription failed: {}", e.toString());
          return;
        }
        switch (result) {
          case Caller stillValid -> { }
          case Unauthenticated ended -> ctx.executor().execute(() -> {
            logger.debug("subscription of {} ends with its session", caller.identityKey());
            ctx.close();
          });
        }
      });
    } catch (RejectedExecutionException e) {
      // the server is stopping and closes every stream anyway
    }
  }

  private static void fail(ChannelHandlerContext ctx, CallException failure) {
    CallStreamHandler.reply(ctx, CallDispatcher.error(failure));
  }
}
