package dev.quicnprotochat.domain.inbox;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// One stored message in an identity's inbox. Sequence numbers start at 1, grow strictly within an inbox and are
/// never reused, even after an ack deletes the entry. `toString` prints the payload's size only.
public record InboxEntry(long sequence, ChannelId channelId, Bytes payload, Optional<IdentityKey> sender) {

  public InboxEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("an inbox sequence number starts at 1, got " + sequence);
    }
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(sender, "sender");
  }

  @Override
  public String toString() {
    return "InboxEntry[seq=" + sequence + ", channel=" + channelId + ", " + payload.length() + " bytes, sealed="
        + sender.isEmpty() + "]";
  }
}
