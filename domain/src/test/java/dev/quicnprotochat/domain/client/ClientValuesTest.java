package dev.quicnprotochat.domain.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientValuesTest {

  @Test
  void passwordIsCopiedRedactedAndWipeable() {
    byte[] input = "secret".getBytes(StandardCharsets.UTF_8);
    AccountPassword password = AccountPassword.of(input);
    input[0] = 'X';

    assertArrayEquals("secret".getBytes(StandardCharsets.UTF_8), password.utf8());
    assertFalse(password.toString().contains("secret"));
    password.clear();
    assertThrows(IllegalStateException.class, password::utf8);
  }

  @Test
  void emptyPasswordIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> AccountPassword.of(new byte[0]));
  }

  @Test
  void notepadIdCannotBeAChannelsId() {
    int length = Notepad.ID.value().length();
    assertFalse(length == ChannelId.GROUP_LENGTH || length == ChannelId.DIRECT_LENGTH);
    assertEquals(ConversationKind.NOTEPAD, Notepad.start(Instant.EPOCH).kind());
  }
}
