package dev.quicnprotochat.adapter.cli.session;

/// A command failed in a way the user must hear about: the message is the one line shown after `error: `. A
/// one-shot command exits with 1 (or 2 for a [#usage] failure); the REPL prints it and keeps running.
public final class CliFailure extends RuntimeException {
  private final boolean usage;
  private final boolean reported;

  private CliFailure(String message, boolean usage, boolean reported) {
    super(message, null, false, false);
    this.usage = usage;
    this.reported = reported;
  }

  public CliFailure(String message) {
    this(message, false, false);
  }

  /// The command line was wrong (a bad username, a missing argument): exit code 2.
  public static CliFailure usage(String message) {
    return new CliFailure(message, true, false);
  }

  /// Some parts failed and were already printed one by one (e.g. `invite` with several users): exit code 1, nothing
  /// more to print.
  public static CliFailure alreadyReported() {
    return new CliFailure("failed", false, true);
  }

  public boolean isUsage() {
    return usage;
  }

  public boolean isReported() {
    return reported;
  }
}
