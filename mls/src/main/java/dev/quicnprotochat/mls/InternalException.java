package dev.quicnprotochat.mls;

/// A broken invariant inside this library: always a bug here, never the caller's or the peer's fault.
public final class InternalException extends MlsException {

  public InternalException(String message) {
    super(message);
  }

  public InternalException(String message, Throwable cause) {
    super(message, cause);
  }
}
