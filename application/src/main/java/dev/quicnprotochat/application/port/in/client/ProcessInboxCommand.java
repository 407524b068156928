package dev.quicnprotochat.application.port.in.client;

/// At most `limit` entries per fetch; fetches repeat until the inbox is drained.
public record ProcessInboxCommand(int limit) {

  public static final int MAX_LIMIT = 1000;

  public ProcessInboxCommand {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("an inbox fetch takes 1 to " + MAX_LIMIT + " entries");
    }
  }
}
