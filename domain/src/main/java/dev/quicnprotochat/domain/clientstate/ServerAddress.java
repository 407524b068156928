package dev.quicnprotochat.domain.clientstate;

import java.util.Locale;
import java.util.Objects;

/// A server as the user named it: host (a DNS name or IP literal, lower-cased) and UDP port.
public record ServerAddress(String host, int port) implements Comparable<ServerAddress> {

  public static final int MAX_HOST_LENGTH = 253;

  public ServerAddress {
    Objects.requireNonNull(host, "host");
    host = host.toLowerCase(Locale.ROOT);
    if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
      throw new IllegalArgumentException("a server host has 1 to " + MAX_HOST_LENGTH + " characters");
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '/' || c == '@') {
        throw new IllegalArgumentException("a server host may not contain spaces, control characters, '/' or '@'");
      }
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a server port is between 1 and 65535, got " + port);
    }
  }

  /// Parses `host:port`, or `[v6-literal]:port`.
  public static ServerAddress parse(String text) {
    Objects.requireNonNull(text, "server address");
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("a server address is host:port");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a server port is a number between 1 and 65535");
    }
    return new ServerAddress(host, port);
  }

  @Override
  public int compareTo(ServerAddress other) {
    int byHost = host.compareTo(other.host);
    return byHost != 0 ? byHost : Integer.compare(port, other.port);
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
