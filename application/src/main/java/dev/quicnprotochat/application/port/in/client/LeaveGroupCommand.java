package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.Objects;

/// The group to leave.
public record LeaveGroupCommand(ChannelId group) {
  public LeaveGroupCommand {
    Objects.requireNonNull(group, "group");
  }
}
