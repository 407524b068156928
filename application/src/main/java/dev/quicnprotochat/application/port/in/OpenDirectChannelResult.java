package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Objects;

/// What [OpenDirectChannelUseCase] answers.
public sealed interface OpenDirectChannelResult
    permits OpenDirectChannelResult.DirectChannelOpened, UnknownUser, InvalidRequest,
    Unauthenticated, RateLimited {

  /// The pair's direct channel; `created` tells whether this call created it (and so must set up the MLS group).
  record DirectChannelOpened(ChannelId channelId, Epoch epoch, boolean created) implements OpenDirectChannelResult {

    public DirectChannelOpened {
      Objects.requireNonNull(channelId, "channel id");
      Objects.requireNonNull(epoch, "epoch");
    }
  }
}
