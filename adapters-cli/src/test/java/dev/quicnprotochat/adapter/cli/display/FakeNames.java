package dev.quicnprotochat.adapter.cli.display;

import static dev.quicnprotochat.adapter.cli.TestData.*;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.identity.IdentityKey;

/// Names for the line tests: the team group, bob and carol.
final class FakeNames implements Names {
  @Override
  public String title(ConversationId conversation) {
    return conversation.equals(TEAM.id()) ? "team" : "unknown";
  }

  @Override
  public String member(ChannelId group, IdentityKey key) {
    if (key.equals(BOB_KEY)) {
      return "bob";
    }
    return key.equals(CAROL_KEY) ? "carol" : "unknown member " + key.fingerprint();
  }
}
