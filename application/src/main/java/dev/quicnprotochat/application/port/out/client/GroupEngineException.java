package dev.quicnprotochat.application.port.out.client;

import java.util.Objects;

/// The group engine refused an operation on the caller's input: the one-line message says why.
public final class GroupEngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GroupEngineException(String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
  }
}
