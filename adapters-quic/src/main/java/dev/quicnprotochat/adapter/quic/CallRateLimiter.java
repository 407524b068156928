package dev.quicnprotochat.adapter.quic;

import java.util.function.LongSupplier;

/// `max_calls_per_second`: a token bucket per connection (the session, until authentication binds sessions to
/// connections), refusing calls beyond the rate with `rateLimited` instead of queueing them.
final class CallRateLimiter implements CallGate {
  private final int perSecond;
  private final LongSupplier nanoTime;

  CallRateLimiter(int perSecond, LongSupplier nanoTime) {
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
  }

  @Override
  public void admit(CallContext call) {
    TokenBucket bucket = call.connection().rateBucket(() -> new TokenBucket(perSecond, nanoTime));
    boolean admitted;
    synchronized (bucket) {
      admitted = bucket.tryTake();
    }
    if (!admitted) {
      throw new CallException(CallError.RATE_LIMITED,
          "more than " + perSecond + " calls per second on this connection: slow down and retry");
    }
  }
}
