package dev.quicnprotochat.application.port.out;

import java.io.Serial;

/// The client state could not be unlocked with the password given (or without one, when it is encrypted).
/// Nothing was changed. An expected failure shown to the user as its message; it carries no stack trace.
public final class WrongStatePasswordException extends Exception {

  @Serial
  private static final long serialVersionUID = 1L;

  public WrongStatePasswordException(String message) {
    super(message, null, false, false);
  }
}
