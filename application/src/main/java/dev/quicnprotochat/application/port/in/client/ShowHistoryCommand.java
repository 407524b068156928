package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.ConversationId;
import java.util.Objects;

/// The conversation and how many of its latest messages to show.
public record ShowHistoryCommand(ConversationId conversation, int limit) {

  public static final int MAX_LIMIT = 10_000;

  public ShowHistoryCommand {
    Objects.requireNonNull(conversation, "conversation");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("history shows 1 to " + MAX_LIMIT + " messages");
    }
  }
}
