package dev.quicnprotochat.adapter.quic;

import io.netty.handler.codec.quic.QuicConnectionCloseEvent;

/// Turns a server's CONNECTION_CLOSE during the handshake into a one-line explanation.
final class Handshakes {
  /// RFC 9001 §4.8: a TLS alert travels as QUIC error code 0x0100 + the alert number.
  private static final int CRYPTO_ERROR_BASE = 0x100;
  /// RFC 7301 §3.2 `no_application_protocol`.
  private static final int NO_APPLICATION_PROTOCOL = 120;

  private Handshakes() {}

  static String describeClose(String server, QuicConnectionCloseEvent close) {
    long code = close.error();
    if (!close.isApplicationClose() && code >= CRYPTO_ERROR_BASE && code < CRYPTO_ERROR_BASE + 0x100) {
      long alert = code - CRYPTO_ERROR_BASE;
      if (alert == NO_APPLICATION_PROTOCOL) {
        return "handshake with " + server + " refused: the server does not speak " + QpcProtocol.ALPN
            + " (TLS alert no_application_protocol); check the port and the server version";
      }
      return "handshake with " + server + " refused by the server (TLS alert " + alert + ")";
    }
    return "handshake with " + server + " failed: the server closed the connection (QUIC error 0x"
        + Long.toHexString(code) + ")";
  }
}
