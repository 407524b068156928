package dev.quicnprotochat.domain.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxEntryTest {

  final ChannelId channel = new ChannelId(Bytes.zeros(16));
  final IdentityKey bob = new IdentityKey(Bytes.zeros(32));

  @Test
  void envelopeBecomesAnEntryUnderItsSequence() {
    Envelope envelope = new Envelope(bob, channel, Bytes.fromHex("c0ffee"), Optional.empty());
    assertEquals(new InboxEntry(7, channel, Bytes.fromHex("c0ffee"), Optional.empty()), envelope.toEntry(7));
  }

  @Test
  void sequencesStartAtOneAndPayloadsAreNeverEmpty() {
    assertThrows(IllegalArgumentException.class,
        () -> new InboxEntry(0, channel, Bytes.fromHex("01"), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Envelope(bob, channel, Bytes.EMPTY, Optional.empty()));
  }

  @Test
  void payloadIsNeverPrinted() {
    Envelope envelope = new Envelope(bob, channel, Bytes.fromHex("deadbeefdeadbeef"), Optional.of(bob));
    assertFalse(envelope.toString().contains("deadbeef"));
    assertFalse(envelope.toEntry(1).toString().contains("deadbeef"));
  }
}
