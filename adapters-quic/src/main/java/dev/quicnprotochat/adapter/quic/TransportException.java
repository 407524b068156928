package dev.quicnprotochat.adapter.quic;

/// A connection-level failure (unreachable server, refused certificate, handshake failure, closed connection).
/// The message is one line that says what happened and, where there is one, what to do about it.
public final class TransportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message) {
    super(message);
  }

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
