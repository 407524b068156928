package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.conversation.Conversation;
import java.util.Objects;

/// What [OpenDirectChatUseCase] answers.
public sealed interface OpenDirectChatResult permits OpenDirectChatResult.Ready, OpenDirectChatResult.NotepadOpened,
    OpenDirectChatResult.AwaitingWelcome, OpenDirectChatResult.PeerNotAdded, NoIdentity, ServerRefused,
    ServerUnreachable {

  /// Both are in the group; messages can be sent to `conversation`.
  record Ready(ChannelId channel, Conversation conversation) implements OpenDirectChatResult {
    public Ready {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /// The peer is oneself: the local notepad, never sent.
  record NotepadOpened(Conversation conversation) implements OpenDirectChatResult {
    public NotepadOpened {
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /// The peer opened the channel first and its Welcome has not arrived yet: it will be joined automatically.
  record AwaitingWelcome(ChannelId channel) implements OpenDirectChatResult {
    public AwaitingWelcome {
      Objects.requireNonNull(channel, "channel");
    }
  }

  /// The group exists on this side, but adding the peer failed (`why`: no key package left, unknown user, a
  /// changed contact key, ...); opening the chat again retries.
  record PeerNotAdded(GroupCommitResult why) implements OpenDirectChatResult {
    public PeerNotAdded {
      Objects.requireNonNull(why, "why");
    }
  }
}
