package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// A sealed-sender message: no session token, only the current epoch's channel credential as proof of membership.
public record SendSealedMessageCommand(ChannelId channelId, ChannelCredential credential, Bytes payload) {

  public SendSealedMessageCommand {
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(payload, "payload");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("a message payload is never empty");
    }
  }

  @Override
  public String toString() {
    return "SendSealedMessageCommand[channel=" + channelId + ", " + payload.length() + " bytes]";
  }
}
