package dev.quicnprotochat.application.port.in.client;

import java.util.Objects;

/// What the user typed to name a conversation.
public record FindConversationCommand(String query) {
  public FindConversationCommand {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new IllegalArgumentException("name a conversation (its title or id)");
    }
  }
}
