package dev.quicnprotochat.adapter.quic;

/// Admission control before a call is dispatched: the hook for calls per second per session (and, later, per-user
/// quotas). Throws [CallException] (`rateLimited`) to refuse a call; the stream still gets its error response.
@FunctionalInterface
interface CallGate {
  CallGate OPEN = call -> {};

  void admit(CallContext call);
}
