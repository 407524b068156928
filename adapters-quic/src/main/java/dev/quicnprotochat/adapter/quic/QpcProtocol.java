package dev.quicnprotochat.adapter.quic;

/// Constants both sides of the wire agree on.
final class QpcProtocol {
  /// The ALPN protocol id (RFC 7301); a peer that does not offer it fails the handshake.
  static final String ALPN = "qpc/1";

  /// QUIC connection-level flow-control window beyond the per-stream windows, so a connection can keep every
  /// allowed stream busy at once.
  static final long CONNECTION_WINDOW_FLOOR = 16L << 20;

  private QpcProtocol() {}

  /// Per-stream receive window: a whole message plus framing slack, so one call never waits for a window update.
  static long streamWindow(int maxMessageBytes) {
    return Math.max(64 * 1024L, maxMessageBytes + 1024L);
  }

  static long connectionWindow(int maxMessageBytes, int maxStreams) {
    return Math.max(CONNECTION_WINDOW_FLOOR, Math.min(streamWindow(maxMessageBytes) * maxStreams, 256L << 20));
  }
}
