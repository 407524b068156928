package dev.quicnprotochat.adapter.cli.command;

/// The environment variables the client commands read (docs/user-guide.md, Environment).
public final class EnvironmentVariables {
  public static final String SERVER = "QUICNPROTOCHAT_SERVER";
  public static final String USERNAME = "QUICNPROTOCHAT_USERNAME";
  public static final String AUTH_TOKEN = "QUICNPROTOCHAT_AUTH_TOKEN";
  public static final String PASSWORD = "QUICNPROTOCHAT_PASSWORD";
  public static final String STATE_PASSWORD = "QUICNPROTOCHAT_STATE_PASSWORD";
  /// Tests: how often the inbox watch polls while it cannot subscribe, in seconds.
  public static final String POLL_SECONDS = "QUICNPROTOCHAT_POLL_SECONDS";
  /// Tests: the first reconnect delay of the inbox watch, in milliseconds.
  public static final String BACKOFF_MILLIS = "QUICNPROTOCHAT_BACKOFF_MILLIS";

  private EnvironmentVariables() {}
}
