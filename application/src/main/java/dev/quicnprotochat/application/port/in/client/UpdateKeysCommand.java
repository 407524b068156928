package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.Objects;

/// The group whose leaf keys to refresh.
public record UpdateKeysCommand(ChannelId group) {
  public UpdateKeysCommand {
    Objects.requireNonNull(group, "group");
  }
}
