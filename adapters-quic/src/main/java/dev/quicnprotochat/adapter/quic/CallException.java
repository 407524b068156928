package dev.quicnprotochat.adapter.quic;

import java.util.Objects;

/// A call that ends in a wire `Error`: thrown by handlers and the framing on the server, and raised to callers of
/// [QpcClient] when the server answered with an error. The message is one line, safe to show and to log.
public final class CallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final CallError error;

  public CallException(CallError error, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
  }

  public CallError error() {
    return error;
  }
}
