package dev.quicnprotochat.domain.conversation;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// Identifies a conversation; for a DM or group it is the channel's id, so messages find their conversation by
/// the channel they arrived on.
public record ConversationId(Bytes value) {

  public static final int MAX_LENGTH = 255;

  public ConversationId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a conversation id has 1 to " + MAX_LENGTH + " bytes");
    }
  }

  public static ConversationId of(Bytes value) {
    return new ConversationId(value);
  }

  @Override
  public String toString() {
    return "ConversationId[" + value.toHex() + "]";
  }
}
