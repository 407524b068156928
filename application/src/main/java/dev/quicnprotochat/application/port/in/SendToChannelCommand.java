package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// A message (usually an MLS PrivateMessage) for every other member of a channel.
public record SendToChannelCommand(Optional<SessionToken> token, ChannelId channelId, Bytes payload) {

  public SendToChannelCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(payload, "payload");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("a message payload is never empty");
    }
  }

  @Override
  public String toString() {
    return "SendToChannelCommand[channel=" + channelId + ", " + payload.length() + " bytes]";
  }
}
