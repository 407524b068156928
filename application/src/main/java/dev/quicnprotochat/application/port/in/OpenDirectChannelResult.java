package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Objects;

/// What [OpenDirectChannelUseCase] answers.
public sealed interface OpenDirectChannelResult
    permits OpenDirectChannelResult.DirectChannelOpened, UnknownUser, InvalidRequest,
    Unauthenticated, RateLimited {

  /// The pair's direct channel. `created`: this call created it with the caller as its only member; the caller now
  /// creates the MLS group with this id and commits the peer's Add with a Welcome. Otherwise the caller is already a
  /// member or will become one with the Welcome the opener sends.
  record DirectChannelOpened(ChannelId channelId, Epoch epoch, boolean created) implements OpenDirectChannelResult {

    public DirectChannelOpened {
      Objects.requireNonNull(channelId, "channel id");
      Objects.requireNonNull(epoch, "epoch");
    }
  }
}
