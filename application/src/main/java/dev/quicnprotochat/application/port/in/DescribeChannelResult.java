package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.Channel;
import java.util.Objects;

/// What [DescribeChannelUseCase] answers.
public sealed interface DescribeChannelResult
    permits DescribeChannelResult.ChannelDescription, UnknownChannel, NotAMember, Unauthenticated,
    RateLimited {

  /// The channel as the server sees it.
  record ChannelDescription(Channel channel) implements DescribeChannelResult {

    public ChannelDescription {
      Objects.requireNonNull(channel, "channel");
    }
  }
}
