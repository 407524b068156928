package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// The answer to a ping, with the round-trip time the client measured (one stream: open, request, response).
public record PingReply(String serverVersion, Instant serverTime, Duration roundTrip) {
  public PingReply {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(serverTime, "serverTime");
    Objects.requireNonNull(roundTrip, "roundTrip");
  }
}
