package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.Objects;

/// This client holds no state for the group (never joined, left or removed).
public record UnknownGroup(ChannelId group) implements GroupCommitResult, SendMessageResult, LeaveGroupResult,
    ListMembersResult {
  public UnknownGroup {
    Objects.requireNonNull(group, "group");
  }
}
