package dev.quicnprotochat.adapter.quic;

import java.time.Duration;
import java.util.Objects;

/// How [QpcClient] reaches one server.
///
/// @param host server host name or address
/// @param port server UDP port
/// @param trust pinning or trust on first use
/// @param connectTimeout how long the QUIC + TLS handshake may take
/// @param maxResponseBytes largest response accepted
public record ClientSettings(String host, int port, ServerTrust trust, Duration connectTimeout,
                             int maxResponseBytes) {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  public ClientSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("server host must not be empty");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("server port must be 1..65535, got " + port);
    }
    if (maxResponseBytes < 64) {
      throw new IllegalArgumentException("max response size must be at least 64 bytes");
    }
  }

  public ClientSettings(String host, int port, ServerTrust trust) {
    this(host, port, trust, DEFAULT_CONNECT_TIMEOUT, TransportLimits.DEFAULTS.maxMessageBytes());
  }

  /// `host:port` (IPv6 literals in brackets), the key of `known_servers`.
  public String server() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
