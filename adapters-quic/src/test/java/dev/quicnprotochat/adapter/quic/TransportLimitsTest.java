package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportLimitsTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(1 << 20, TransportLimits.DEFAULTS.maxMessageBytes());
    assertEquals(100, TransportLimits.DEFAULTS.maxStreamsPerConnection());
    assertEquals(Duration.ofSeconds(60), TransportLimits.DEFAULTS.idleTimeout());
    assertEquals(0, TransportLimits.DEFAULTS.maxCallsPerSecond());
    assertEquals(10_000, TransportLimits.DEFAULTS.maxInboxDepth());
  }

  @Test
  void rejectsLimitsThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> TransportLimits.DEFAULTS.withMaxMessageBytes(10));
    assertThrows(IllegalArgumentException.class, () -> TransportLimits.DEFAULTS.withMaxStreamsPerConnection(0));
    assertThrows(IllegalArgumentException.class, () -> TransportLimits.DEFAULTS.withIdleTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new TransportLimits(1024, 1, Duration.ofSeconds(1), -1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new TransportLimits(1024, 1, Duration.ofSeconds(1), 0, 0));
  }

  @Test
  void withersChangeOnlyTheirField() {
    TransportLimits changed = TransportLimits.DEFAULTS.withMaxMessageBytes(4096);
    assertEquals(4096, changed.maxMessageBytes());
    assertEquals(TransportLimits.DEFAULTS.idleTimeout(), changed.idleTimeout());
    assertEquals(1 << 20, TransportLimits.DEFAULTS.maxMessageBytes());
  }
}
