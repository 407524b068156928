package dev.quicnprotochat.bootstrap.config;

/// A configuration the program cannot run with; the message is one line naming the key, its source and the fix.
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
