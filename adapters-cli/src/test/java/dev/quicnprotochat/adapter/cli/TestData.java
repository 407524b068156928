package dev.quicnprotochat.adapter.cli;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.client.Notepad;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Instant;
import java.util.Arrays;

/// Values the CLI tests share.
public final class TestData {
  public static final Username ALICE = Username.of("alice");
  public static final Username BOB = Username.of("bob");
  public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  public static final ChannelId TEAM_ID = new ChannelId(Bytes.wrap(filled(16, 0x1a)));
  public static final Conversation TEAM =
      Conversation.start(ConversationId.of(TEAM_ID.value()), ConversationKind.GROUP, "team", NOW);
  public static final ChannelId BOB_DM_ID = new ChannelId(Bytes.wrap(filled(32, 0x2b)));
  public static final Conversation BOB_DM =
      Conversation.start(ConversationId.of(BOB_DM_ID.value()), ConversationKind.DIRECT, "bob", NOW);
  public static final Conversation NOTEPAD = Notepad.start(NOW);
  public static final IdentityKey ALICE_KEY = IdentityKey.of(filled(32, 0xa1));
  public static final IdentityKey BOB_KEY = IdentityKey.of(filled(32, 0xb0));
  public static final IdentityKey CAROL_KEY = IdentityKey.of(filled(32, 0xc0));

  private TestData() {}

  public static Message incoming(Conversation conversation, long sequence, String sender, String text) {
    return new Message(conversation.id(), sequence, MessageDirection.INCOMING, sender, NOW, NOW,
        new MessageBody(text));
  }

  static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
