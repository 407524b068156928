package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// One message for one member of a channel both caller and recipient belong to.
public record EnqueueMessageCommand(
    Optional<SessionToken> token, IdentityKey recipient, ChannelId channelId, Bytes payload) {

  public EnqueueMessageCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(payload, "payload");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("a message payload is never empty");
    }
  }

  @Override
  public String toString() {
    return "EnqueueMessageCommand[to=" + recipient + ", channel=" + channelId + ", " + payload.length() + " bytes]";
  }
}
