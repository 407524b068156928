package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.Objects;

/// The group's local title.
public record CreateGroupCommand(String title) {
  public CreateGroupCommand {
    Objects.requireNonNull(title, "title");
    if (title.isBlank() || title.length() > Conversation.MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("a group title has 1 to " + Conversation.MAX_TITLE_LENGTH
          + " characters, not only blanks");
    }
  }
}
