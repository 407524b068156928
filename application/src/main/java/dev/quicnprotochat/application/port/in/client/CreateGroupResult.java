package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.Objects;

/// What [CreateGroupUseCase] answers.
public sealed interface CreateGroupResult permits CreateGroupResult.GroupCreated, NoIdentity, ServerRefused,
    ServerUnreachable {

  /// The group exists with this client as its only member.
  record GroupCreated(ChannelId group, Conversation conversation) implements CreateGroupResult {
    public GroupCreated {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(conversation, "conversation");
    }
  }
}
