package dev.quicnprotochat.bootstrap.config;

import java.util.Objects;

/// A `HOST:PORT` pair as given on the command line (`[v6]:port` for IPv6 literals).
public record HostPort(String host, int port) {
  public HostPort {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("empty host");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is outside 0..65535");
    }
  }

  /// Parses `value`; `what` names the setting in the error message.
  public static HostPort parse(String value, String what) {
    String text = value.strip();
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new ConfigException(what + " must be HOST:PORT (e.g. 127.0.0.1:7000), got '" + value + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.indexOf(':') >= 0) {
      throw new ConfigException(what + ": write IPv6 addresses in brackets, e.g. [::1]:7000, got '" + value + "'");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new ConfigException(what + ": port must be a number, got '" + value + "'");
    }
    try {
      return new HostPort(host, port);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(what + ": " + e.getMessage() + " in '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
