package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.identity.IdentityKey;

/// Turns ids into what a person reads: a conversation's title and a member's username.
public interface Names {

  /// The title of the conversation, cleaned for printing; its short id when this profile has no such conversation.
  String title(ConversationId conversation);

  /// The username of a member of `group`, cleaned; `unknown member <fingerprint>` when it is not known.
  String member(ChannelId group, IdentityKey key);

  /// The title of the group's conversation (a conversation's id is its channel's id).
  default String title(ChannelId group) {
    return title(ConversationId.of(group.value()));
  }
}
