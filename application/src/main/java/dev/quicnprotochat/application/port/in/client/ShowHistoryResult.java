package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.Message;
import java.util.List;
import java.util.Objects;

/// What [ShowHistoryUseCase] answers.
public sealed interface ShowHistoryResult permits ShowHistoryResult.History, ShowHistoryResult.UnknownConversation {

  /// At most the command's limit of the latest messages, in ascending sequence order.
  record History(Conversation conversation, List<Message> messages) implements ShowHistoryResult {
    public History {
      Objects.requireNonNull(conversation, "conversation");
      messages = List.copyOf(messages);
    }
  }

  record UnknownConversation(ConversationId conversation) implements ShowHistoryResult {
    public UnknownConversation {
      Objects.requireNonNull(conversation, "conversation");
    }
  }
}
