package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// The conversation, the sending user (the name stored with the message) and the text.
public record SendMessageCommand(ConversationId conversation, Username self, MessageBody body) {
  public SendMessageCommand {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(body, "body");
  }
}
