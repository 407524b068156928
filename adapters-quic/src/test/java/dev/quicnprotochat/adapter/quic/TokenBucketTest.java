package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);

  @Test
  void allowsABurstOfTheRateThenRefillsOverTime() {
    TokenBucket bucket = new TokenBucket(3, now::get);
    assertTrue(bucket.tryTake());
    assertTrue(bucket.tryTake());
    assertTrue(bucket.tryTake());
    assertFalse(bucket.tryTake());
    now.addAndGet(333_400_000L); // a third of a second: one token
    assertTrue(bucket.tryTake());
    assertFalse(bucket.tryTake());
    now.addAndGet(10_000_000_000L); // long idle: never more than the burst
    int taken = 0;
    while (bucket.tryTake()) {
      taken++;
    }
    assertEquals(3, taken);
  }

  @Test
  void limiterRefusesWithRateLimitedPerConnection() {
    CallRateLimiter limiter = new CallRateLimiter(1, now::get);
    CallContext first = new CallContext("a", new InetSocketAddress("127.0.0.1", 1), new ConnectionState());
    CallContext second = new CallContext("b", new InetSocketAddress("127.0.0.1", 2), new ConnectionState());
    limiter.admit(first);
    CallException refused = assertThrows(CallException.class, () -> limiter.admit(first));
    assertEquals(CallError.RATE_LIMITED, refused.error());
    limiter.admit(second); // another connection has its own bucket
  }
}
