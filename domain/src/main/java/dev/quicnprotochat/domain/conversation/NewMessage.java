package dev.quicnprotochat.domain.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/// A message about to be stored; the store gives it its sequence number in the conversation.
public record NewMessage(MessageDirection direction, String sender, Instant sentAt, Instant receivedAt,
    MessageBody body) {

  public NewMessage {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(body, "body");
    // stores keep milliseconds; truncating here makes a stored value compare equal to the original
    sentAt = sentAt.truncatedTo(ChronoUnit.MILLIS);
    receivedAt = receivedAt.truncatedTo(ChronoUnit.MILLIS);
    Message.checkSender(sender);
  }

  public Message at(ConversationId conversationId, long sequence) {
    return new Message(conversationId, sequence, direction, sender, sentAt, receivedAt, body);
  }
}
