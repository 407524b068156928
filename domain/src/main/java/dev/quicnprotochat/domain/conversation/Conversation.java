package dev.quicnprotochat.domain.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/// A conversation as the client keeps it: what it is, what the user calls it, and whether it is muted.
/// Changes return new values.
public record Conversation(ConversationId id, ConversationKind kind, String title, Instant createdAt, boolean muted) {

  public static final int MAX_TITLE_LENGTH = 200;

  public Conversation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
    // stores keep milliseconds; truncating here makes a stored value compare equal to the original
    createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    if (title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("a title has 1 to " + MAX_TITLE_LENGTH + " characters, not only blanks");
    }
    if (title.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a title may not hold control characters");
    }
  }

  /// A new, unmuted conversation.
  public static Conversation start(ConversationId id, ConversationKind kind, String title, Instant createdAt) {
    return new Conversation(id, kind, title, createdAt, false);
  }

  public Conversation withTitle(String newTitle) {
    return new Conversation(id, kind, newTitle, createdAt, muted);
  }

  public Conversation withMuted(boolean newMuted) {
    return new Conversation(id, kind, title, createdAt, newMuted);
  }
}
