package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.Message;
import java.util.Objects;

/// What one inbox entry did, for display. Usernames are the directory's answers; a sender the directory does not
/// know is shown by its key fingerprint.
public sealed interface InboxEvent {

  /// The inbox sequence of the entry.
  long sequence();

  /// A message was stored in its conversation.
  record MessageReceived(long sequence, Message message) implements InboxEvent {
    public MessageReceived {
      Objects.requireNonNull(message, "message");
    }
  }

  /// A Welcome from `inviter` added this client to a group; `conversation` is the one created for it.
  record JoinedGroup(long sequence, ChannelId group, String inviter, Conversation conversation, int members)
      implements InboxEvent {
    public JoinedGroup {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(inviter, "inviter");
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /// `committer` changed the group's membership (or only its keys) and moved it to `epoch`.
  record GroupChanged(long sequence, ChannelId group, String committer, MembershipChange change, Epoch epoch)
      implements InboxEvent {
    public GroupChanged {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(committer, "committer");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(epoch, "epoch");
    }
  }

  /// `by` removed this client from the group: its state is deleted, its history kept.
  record RemovedFromGroup(long sequence, ChannelId group, String by) implements InboxEvent {
    public RemovedFromGroup {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(by, "by");
    }
  }

  /// A proposal was kept until a commit covers it (RFC 9420 §12.1).
  record ProposalReceived(long sequence, ChannelId group) implements InboxEvent {
    public ProposalReceived {
      Objects.requireNonNull(group, "group");
    }
  }

  /// The entry could not be used (a duplicate, a message for a group this client is not in, undecryptable or
  /// malformed); `reason` is one line. It is acknowledged like any other.
  record Skipped(long sequence, ChannelId channel, String reason) implements InboxEvent {
    public Skipped {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
