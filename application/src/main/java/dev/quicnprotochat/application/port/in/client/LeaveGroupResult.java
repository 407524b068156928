package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.Objects;

/// What [LeaveGroupUseCase] answers.
public sealed interface LeaveGroupResult permits LeaveGroupResult.Left, UnknownGroup, ServerRefused,
    ServerUnreachable {

  /// The request went to `notified` members and the local state is gone.
  record Left(ChannelId group, int notified) implements LeaveGroupResult {
    public Left {
      Objects.requireNonNull(group, "group");
    }
  }
}
