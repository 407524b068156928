package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.Objects;

/// The group whose members to list.
public record ListMembersCommand(ChannelId group) {
  public ListMembersCommand {
    Objects.requireNonNull(group, "group");
  }
}
