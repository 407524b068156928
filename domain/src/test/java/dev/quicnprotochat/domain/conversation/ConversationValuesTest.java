package dev.quicnprotochat.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationValuesTest {

  private static final ConversationId ID = ConversationId.of(Bytes.fromHex("0102"));
  private static final Instant T = Instant.parse("2026-01-01T00:00:00.123456789Z");

  @Test
  void conversationIdMustHoldOneTo255Bytes() {
    assertThrows(IllegalArgumentException.class, () -> ConversationId.of(Bytes.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> ConversationId.of(Bytes.zeros(256)));
    assertEquals(255, ConversationId.of(Bytes.zeros(255)).value().length());
  }

  @Test
  void withTitleReturnsANewValueAndLeavesTheOldOne() {
    Conversation original = Conversation.start(ID, ConversationKind.GROUP, "team", T);
    Conversation renamed = original.withTitle("crew").withMuted(true);
    assertEquals("team", original.title());
    assertFalse(original.muted());
    assertEquals("crew", renamed.title());
    assertTrue(renamed.muted());
  }

  @Test
  void titleMustBeShortPrintableAndNotBlank() {
    assertThrows(IllegalArgumentException.class, () -> Conversation.start(ID, ConversationKind.GROUP, " ", T));
    assertThrows(IllegalArgumentException.class, () -> Conversation.start(ID, ConversationKind.GROUP, "a\nb", T));
    assertThrows(IllegalArgumentException.class,
        () -> Conversation.start(ID, ConversationKind.GROUP, "x".repeat(201), T));
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), Conversation.start(ID, ConversationKind.DIRECT, "d", T)
        .createdAt());
    NewMessage message = new NewMessage(MessageDirection.OUTGOING, "bob", T, T, new MessageBody("hi"));
    assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), message.at(ID, 1).sentAt());
  }

  @Test
  void messageBodyToStringHidesThePlaintext() {
    MessageBody body = new MessageBody("secret plans");
    assertFalse(body.toString().contains("secret"));
    NewMessage message = new NewMessage(MessageDirection.INCOMING, "bob", T, T, body);
    assertFalse(message.at(ID, 1).toString().contains("secret"));
  }

  @Test
  void sequenceStartsAtOneAndSenderIsNeeded() {
    NewMessage message = new NewMessage(MessageDirection.INCOMING, "bob", T, T, new MessageBody("hi"));
    assertThrows(IllegalArgumentException.class, () -> message.at(ID, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new NewMessage(MessageDirection.INCOMING, "", T, T, new MessageBody("hi")));
  }
}
