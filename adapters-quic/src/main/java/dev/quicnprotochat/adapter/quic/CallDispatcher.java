package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.capnproto.DecodeException;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Routes a decoded request to the handler registered for its union tag and turns every outcome into exactly one
/// `Response`: the method's result or an `Error`. Never throws: a failing handler is a wire error, not a crash.
final class CallDispatcher {
  private static final Logger logger = LoggerFactory.getLogger(CallDispatcher.class);

  private final Map<Qpc.Request.Which, CallHandler> handlers = new EnumMap<>(Qpc.Request.Which.class);
  private final CallGate gate;
  private final Executor blockingExecutor;

  CallDispatcher(List<CallHandler> handlers, CallGate gate, Executor blockingExecutor) {
    for (CallHandler handler : handlers) {
      if (handler.method() == Qpc.Request.Which._NOT_IN_SCHEMA) {
        throw new IllegalArgumentException("a handler must serve a schema method");
      }
      if (this.handlers.putIfAbsent(handler.method(), handler) != null) {
        throw new IllegalArgumentException("two handlers for " + handler.method());
      }
    }
    this.gate = gate;
    this.blockingExecutor = blockingExecutor;
  }

  /// Answers `request`: completes at once for non-blocking handlers and errors, later for blocking handlers.
  CompletableFuture<MessageBuilder> dispatch(CallContext call, MessageReader request) {
    Qpc.Request.Reader root;
    CallHandler handler;
    try {
      root = request.getRoot(Qpc.Request.factory);
      handler = handlers.get(root.which());
      if (handler == null) {
        // _NOT_IN_SCHEMA (a newer client's method) or a schema method without a handler (e.g. the placeholder)
        throw new CallException(CallError.UNKNOWN_METHOD, "unknown method: this server does not implement it");
      }
      gate.admit(call);
    } catch (CallException e) {
      return CompletableFuture.completedFuture(error(e));
    } catch (DecodeException e) {
      return CompletableFuture.completedFuture(error(malformed()));
    }
    if (!handler.blocking()) {
      return CompletableFuture.completedFuture(run(handler, call, root));
    }
    try {
      return CompletableFuture.supplyAsync(() -> run(handler, call, root), blockingExecutor);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(
          error(new CallException(CallError.UNAVAILABLE, "server is shutting down")));
    }
  }

  private static MessageBuilder run(CallHandler handler, CallContext call, Qpc.Request.Reader request) {
    MessageBuilder message = Frames.newMessage();
    try {
      handler.handle(call, request, message.initRoot(Qpc.Response.factory));
      return message;
    } catch (CallException e) {
      return error(e);
    } catch (DecodeException e) {
      // a pointer in the request leads outside the message: found only when the handler reads the field
      return error(malformed());
    } catch (RuntimeException e) {
      logger.error("{} call from {} failed", handler.method(), call.connectionId(), e);
      return error(new CallException(CallError.INTERNAL, "internal server error"));
    }
  }

  private static CallException malformed() {
    return new CallException(CallError.MALFORMED_REQUEST, "not a well-formed request");
  }

  static MessageBuilder error(CallException failure) {
    MessageBuilder message = Frames.newMessage();
    WireErrors.write(failure, message.initRoot(Qpc.Response.factory));
    return message;
  }
}
