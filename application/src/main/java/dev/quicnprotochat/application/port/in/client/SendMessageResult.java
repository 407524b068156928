package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.Message;
import java.util.Objects;

/// What [SendMessageUseCase] answers.
public sealed interface SendMessageResult permits SendMessageResult.Sent, SendMessageResult.Noted,
    SendMessageResult.UnknownConversation, UnknownGroup, ServerRefused, ServerUnreachable {

  /// Delivered to `recipients` inboxes and stored.
  record Sent(Message message, int recipients) implements SendMessageResult {
    public Sent {
      Objects.requireNonNull(message, "message");
    }
  }

  /// Stored in the notepad; nothing was sent.
  record Noted(Message message) implements SendMessageResult {
    public Noted {
      Objects.requireNonNull(message, "message");
    }
  }

  record UnknownConversation(ConversationId conversation) implements SendMessageResult {
    public UnknownConversation {
      Objects.requireNonNull(conversation, "conversation");
    }
  }
}
