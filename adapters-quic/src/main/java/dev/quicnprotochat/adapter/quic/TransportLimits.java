package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.util.Objects;

/// The transport's explicit, configurable limits (DESIGN.md §2).
///
/// @param maxMessageBytes largest request (and, on the client, response) accepted, in bytes; a larger request is
///     answered with `messageTooLarge` and the server stops reading that stream
/// @param maxStreamsPerConnection concurrent bidirectional streams (calls in flight) one connection may open; QUIC
///     flow control (RFC 9000 §4.6) enforces it, so a client cannot exceed it, only wait
/// @param idleTimeout a connection with no traffic for this long is closed (RFC 9000 §10.1)
/// @param maxCallsPerSecond calls per second per connection (a token bucket of that size); 0 means unlimited
/// @param maxInboxDepth entries one inbox may hold; carried here for the delivery service (not enforced yet)
public record TransportLimits(
    int maxMessageBytes, int maxStreamsPerConnection, Duration idleTimeout, int maxCallsPerSecond,
    int maxInboxDepth) {

  /// 1 MiB, 100 streams, 60 s idle, no call rate limit, 10 000 inbox entries.
  public static final TransportLimits DEFAULTS = new TransportLimits(1 << 20, 100, Duration.ofSeconds(60), 0, 10_000);

  public TransportLimits {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (maxMessageBytes < 64) {
      throw new IllegalArgumentException("max message size must be at least 64 bytes, got " + maxMessageBytes);
    }
    if (maxStreamsPerConnection < 1) {
      throw new IllegalArgumentException("max streams per connection must be at least 1, got "
          + maxStreamsPerConnection);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idle timeout must be positive, got " + idleTimeout);
    }
    if (maxCallsPerSecond < 0) {
      throw new IllegalArgumentException("max calls per second must be 0 (unlimited) or more, got "
          + maxCallsPerSecond);
    }
    if (maxInboxDepth < 1) {
      throw new IllegalArgumentException("max inbox depth must be at least 1, got " + maxInboxDepth);
    }
  }

  public TransportLimits withMaxMessageBytes(int value) {
    return new TransportLimits(value, maxStreamsPerConnection, idleTimeout, maxCallsPerSecond, maxInboxDepth);
  }

  public TransportLimits withMaxStreamsPerConnection(int value) {
    return new TransportLimits(maxMessageBytes, value, idleTimeout, maxCallsPerSecond, maxInboxDepth);
  }

  public TransportLimits withMaxCallsPerSecond(int value) {
    return new TransportLimits(maxMessageBytes, maxStreamsPerConnection, idleTimeout, value, maxInboxDepth);
  }

  public TransportLimits withIdleTimeout(Duration value) {
    return new TransportLimits(maxMessageBytes, maxStreamsPerConnection, value, maxCallsPerSecond, maxInboxDepth);
  }
}
