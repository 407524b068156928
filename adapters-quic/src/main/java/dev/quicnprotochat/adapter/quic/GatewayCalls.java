package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerPushListener;
import dev.quicnprotochat.application.port.out.client.ServerSubscription;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.session.SessionToken;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.capnproto.DecodeException;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;

/// The mechanics every [QuicServerGateway] method shares: build the request with the session token, wait for
/// the answer within the call timeout, and turn an error or an unexpected answer into the port's exceptions.
final class GatewayCalls {
  private final ClientConnection connection;
  private final Duration callTimeout;
  private final Supplier<Optional<SessionToken>> session;
  private final Set<ServerSubscription> subscriptions = ConcurrentHashMap.newKeySet();

  GatewayCalls(ClientConnection connection, Duration callTimeout, Supplier<Optional<SessionToken>> session) {
    this.connection = connection;
    this.callTimeout = callTimeout;
    this.session = session;
  }

  /// One call: `fill` sets the method, `expected` is the success member, `read` turns it into the result.
  <T> T call(Consumer<Qpc.Request.Builder> fill, Qpc.Response.Which expected, Function<Qpc.Response.Reader, T> read) {
    // the call carries its own timeout (set on the event loop), so waiting for it needs no timer of its own
    MessageReader reply = await(connection.client().call(request(fill), callTimeout), false);
    return answer(reply, expected, read);
  }

  /// [#call] without waiting: the future completes on the connection's event loop with the result, or fails with
  /// the exception [#call] would throw.
  <T> CompletableFuture<T> callAsync(Consumer<Qpc.Request.Builder> fill, Qpc.Response.Which expected,
                                     Function<Qpc.Response.Reader, T> read) {
    return connection.client().call(request(fill), callTimeout).handle((reply, failure) -> {
      if (failure != null) {
        throw failed(failure instanceof CompletionException wrapped && wrapped.getCause() != null
            ? wrapped.getCause() : failure);
      }
      return answer(reply, expected, read);
    });
  }

  private static <T> T answer(MessageReader reply, Qpc.Response.Which expected,
                              Function<Qpc.Response.Reader, T> read) {
    try {
      Qpc.Response.Reader response = reply.getRoot(Qpc.Response.factory);
      if (response.which() == Qpc.Response.Which.ERROR) {
        throw GatewayErrors.toServerError(WireErrors.read(response.getError()));
      }
      if (response.which() != expected) {
        throw new ServerUnreachableException("the server answered " + expected + " with " + response.which());
      }
      return read.apply(response);
    } catch (DecodeException | IllegalArgumentException e) {
      // a value the domain refuses (a 31-byte key, an invalid username) is a broken server, not our caller's fault
      throw new ServerUnreachableException("the server sent an invalid " + expected + " answer");
    }
  }

  /// Opens a subscription (paced by fetches if `oncePerFetch`); waits for the server's ready answer within the
  /// call timeout.
  ServerSubscription subscribe(ServerPushListener listener, boolean oncePerFetch) {
    CompletableFuture<ServerSubscription> opening = connection.client().subscribe(
        request(request -> request.initSubscribe().setOncePerFetch(oncePerFetch)), listener);
    try {
      ServerSubscription subscription = await(opening, true);
      subscriptions.removeIf(open -> !open.isOpen());
      subscriptions.add(subscription);
      return subscription;
    } catch (RuntimeException e) {
      // a subscription that becomes ready after we gave up must not stay open unseen
      opening.thenAccept(ServerSubscription::close);
      throw e;
    }
  }

  private MessageBuilder request(Consumer<Qpc.Request.Builder> fill) {
    MessageBuilder message = Frames.newMessage();
    Qpc.Request.Builder request = message.initRoot(Qpc.Request.factory);
    session.get().ifPresent(token -> request.setSessionToken(token.toByteArray()));
    fill.accept(request);
    return message;
  }

  /// Waits for `pending`; with `timed`, for the call timeout at most (a future that times out by itself waits
  /// untimed, which on a virtual thread saves a timer registration and a wake-up per call).
  private <T> T await(CompletableFuture<T> pending, boolean timed) {
    try {
      return timed ? pending.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS) : pending.get();
    } catch (TimeoutException e) {
      throw noAnswer();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerUnreachableException("interrupted while waiting for the server");
    } catch (ExecutionException e) {
      throw failed(e.getCause());
    }
  }

  /// The port's exception for a call that failed with `cause`.
  private RuntimeException failed(Throwable cause) {
    if (cause instanceof TimeoutException) {
      return noAnswer();
    }
    if (cause instanceof CallException call) {
      return GatewayErrors.toServerError(call);
    }
    if (cause instanceof ServerCallException server) {
      return server;
    }
    return new ServerUnreachableException(cause == null || cause.getMessage() == null
        ? "the call failed" : cause.getMessage());
  }

  private ServerUnreachableException noAnswer() {
    return new ServerUnreachableException("no answer from the server within " + callTimeout.toMillis() + " ms");
  }

  /// Closes the subscriptions first, so their listeners do not hear of an unexpected end, then the connection.
  void close() {
    subscriptions.forEach(ServerSubscription::close);
    connection.close();
  }
}
