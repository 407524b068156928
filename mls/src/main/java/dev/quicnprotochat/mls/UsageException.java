package dev.quicnprotochat.mls;

/// The caller used the API wrongly: a parameter out of range, an operation in the wrong state.
public final class UsageException extends MlsException {

  public UsageException(String message) {
    super(message);
  }
}
