package dev.quicnprotochat.bootstrap;

/// The system property logback.xml reads for the root log level (`-Dquicnprotochat.log.level=DEBUG`).
final class LogLevel {
  static final String PROPERTY = "quicnprotochat.log.level";

  private LogLevel() {}
}
