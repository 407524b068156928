package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Objects;

/// What [CreateChannelUseCase] answers.
public sealed interface CreateChannelResult
    permits CreateChannelResult.ChannelCreated, Unauthenticated, RateLimited {

  /// The new channel; clients use its id as the MLS group id.
  record ChannelCreated(ChannelId channelId, Epoch epoch) implements CreateChannelResult {

    public ChannelCreated {
      Objects.requireNonNull(channelId, "channel id");
      Objects.requireNonNull(epoch, "epoch");
    }
  }
}
