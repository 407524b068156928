package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;

/// Serves one method of the `Request` union. Ping is answered by the transport ([PingHandler]); every use-case
/// method is a [UseCaseHandler] listed by [ServerHandlers]. The push subscription is not a call and is served by
/// [SubscriptionOpener] instead.
interface CallHandler {
  /// The union tag this handler serves.
  Qpc.Request.Which method();

  /// Whether the handler may block (stores, crypto that takes milliseconds): blocking handlers run on the
  /// dispatcher's executor, never on the event loop; non-blocking ones run inline, which saves a thread hop.
  boolean blocking();

  /// Fills `response` with this method's result. Expected failures throw [CallException] (mapped by
  /// [WireErrors]); anything else is reported as `internal`.
  void handle(CallContext call, Qpc.Request.Reader request, Qpc.Response.Builder response);
}
