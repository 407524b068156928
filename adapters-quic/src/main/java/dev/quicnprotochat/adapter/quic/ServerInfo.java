package dev.quicnprotochat.adapter.quic;

import java.time.Clock;
import java.util.Objects;

/// What `ping` reports about the server: its version and its clock.
public record ServerInfo(String version, Clock clock) {
  public ServerInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(clock, "clock");
    if (version.isBlank()) {
      throw new IllegalArgumentException("server version must not be blank");
    }
  }
}
