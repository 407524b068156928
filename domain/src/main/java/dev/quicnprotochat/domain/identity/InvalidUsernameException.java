package dev.quicnprotochat.domain.identity;

/// A string that is not a valid [Username]; the message says which rule it broke.
public final class InvalidUsernameException extends IllegalArgumentException {

  public InvalidUsernameException(String message) {
    super(message);
  }
}
