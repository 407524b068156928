package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.List;
import java.util.Objects;

/// What [FindConversationUseCase] answers.
public sealed interface FindConversationResult permits FindConversationResult.Found,
    FindConversationResult.NotFound, FindConversationResult.Ambiguous {

  record Found(Conversation conversation) implements FindConversationResult {
    public Found {
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  record NotFound(String query) implements FindConversationResult {
    public NotFound {
      Objects.requireNonNull(query, "query");
    }
  }

  /// Several conversations match; the user must be more precise.
  record Ambiguous(String query, List<Conversation> candidates) implements FindConversationResult {
    public Ambiguous {
      Objects.requireNonNull(query, "query");
      candidates = List.copyOf(candidates);
    }
  }
}
