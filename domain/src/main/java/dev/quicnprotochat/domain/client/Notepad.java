package dev.quicnprotochat.domain.client;

import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/// The local notepad (DESIGN.md §5): the one conversation whose messages are stored and never sent. Its id is a
/// fixed 7-byte string, which no channel id can equal (group ids have 16 bytes, direct ids 32).
public final class Notepad {

  public static final ConversationId ID =
      ConversationId.of(Bytes.wrap("notepad".getBytes(StandardCharsets.US_ASCII)));

  public static final String TITLE = "notepad";

  private Notepad() {}

  /// The notepad conversation, created at `now`.
  public static Conversation start(Instant now) {
    return Conversation.start(ID, ConversationKind.NOTEPAD, TITLE, now);
  }
}
