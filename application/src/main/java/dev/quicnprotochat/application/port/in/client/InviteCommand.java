package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// Whom to add to which group.
public record InviteCommand(ChannelId group, Username invitee) {
  public InviteCommand {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(invitee, "invitee");
  }
}
