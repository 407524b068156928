package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// Whom to remove from which group.
public record RemoveMemberCommand(ChannelId group, Username member) {
  public RemoveMemberCommand {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
  }
}
