package dev.quicnprotochat.application.port.out.client;

import java.util.Objects;

/// A call could not complete: the connection failed or closed, or the server did not answer in time. Unlike
/// [ServerCallException] the outcome is unknown, so a retried send may deliver twice (clients drop duplicates).
public final class ServerUnreachableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServerUnreachableException(String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
  }
}
