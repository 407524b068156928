package dev.quicnprotochat.domain.inbox;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// A message on its way into one recipient's inbox. `sender` is empty for sealed-sender messages, whose sender the
/// server does not know. The payload is an opaque MLS message; `toString` prints its size only.
public record Envelope(IdentityKey recipient, ChannelId channelId, Bytes payload, Optional<IdentityKey> sender) {

  public Envelope {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(sender, "sender");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("a message payload is never empty");
    }
  }

  /// The entry this envelope becomes once stored under `sequence`.
  public InboxEntry toEntry(long sequence) {
    return new InboxEntry(sequence, channelId, payload, sender);
  }

  @Override
  public String toString() {
    return "Envelope[to=" + recipient + ", channel=" + channelId + ", " + payload.length() + " bytes, sealed="
        + sender.isEmpty() + "]";
  }
}
