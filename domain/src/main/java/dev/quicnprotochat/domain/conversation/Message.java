package dev.quicnprotochat.domain.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/// A stored message. `sequence` orders the conversation's messages locally, from 1 upward, in the order they were
/// stored; it is never reused, even after a message is deleted. `sentAt` is the sender's claim, `receivedAt` the
/// local clock.
public record Message(ConversationId conversationId, long sequence, MessageDirection direction, String sender,
    Instant sentAt, Instant receivedAt, MessageBody body) {

  public static final int MAX_SENDER_LENGTH = 255;

  public Message {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(body, "body");
    // stores keep milliseconds; truncating here makes a stored value compare equal to the original
    sentAt = sentAt.truncatedTo(ChronoUnit.MILLIS);
    receivedAt = receivedAt.truncatedTo(ChronoUnit.MILLIS);
    if (sequence < 1) {
      throw new IllegalArgumentException("message sequence numbers start at 1");
    }
    checkSender(sender);
  }

  static void checkSender(String sender) {
    Objects.requireNonNull(sender, "sender");
    if (sender.isEmpty() || sender.length() > MAX_SENDER_LENGTH) {
      throw new IllegalArgumentException("a sender name has 1 to " + MAX_SENDER_LENGTH + " characters");
    }
  }
}
