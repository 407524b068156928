package dev.quicnprotochat.adapter.persistence.file;

import java.io.IOException;
import java.io.Serial;

/// A record log is damaged before its end: valid records follow a bad one, so the damage is not a torn final
/// write and dropping it would lose acknowledged data. The log is left as it is for an operator to inspect.
public final class CorruptRecordLogException extends IOException {

  @Serial
  private static final long serialVersionUID = 1L;

  public CorruptRecordLogException(String message) {
    super(message);
  }
}
