package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Objects;

/// A channel the server created or found: its id (the MLS `group_id`) and current epoch. `created` is true when
/// this call created it, so the caller creates the MLS group (and, for a direct channel, adds the peer).
public record ServerChannelOpened(ChannelId channelId, Epoch epoch, boolean created) {
  public ServerChannelOpened {
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(epoch, "epoch");
  }
}
