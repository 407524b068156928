package dev.quicnprotochat.application.port.in.client;

/// No password could be obtained (none given and no terminal to ask on); the message says how to give one.
public final class PasswordUnavailableException extends RuntimeException {
  public PasswordUnavailableException(String message) {
    super(message, null, false, false);
  }
}
