package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Which channel to describe.
public record DescribeChannelCommand(Optional<SessionToken> token, ChannelId channelId) {

  public DescribeChannelCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(channelId, "channel id");
  }
}
