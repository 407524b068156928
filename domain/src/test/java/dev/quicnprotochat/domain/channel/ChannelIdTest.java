package dev.quicnprotochat.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ChannelIdTest {

  static IdentityKey key(int fill) {
    byte[] raw = new byte[32];
    java.util.Arrays.fill(raw, (byte) fill);
    return IdentityKey.of(raw);
  }

  @Test
  void directIdIsTheSameFromBothSides() {
    assertEquals(ChannelId.direct(key(1), key(2)), ChannelId.direct(key(2), key(1)));
    assertEquals(ChannelId.DIRECT_LENGTH, ChannelId.direct(key(1), key(2)).value().length());
  }

  @Test
  void directIdDiffersPerPair() {
    assertNotEquals(ChannelId.direct(key(1), key(2)), ChannelId.direct(key(1), key(3)));
  }

  @Test
  void noDirectChannelWithOneself() {
    assertThrows(IllegalArgumentException.class, () -> ChannelId.direct(key(1), key(1)));
  }

  @Test
  void groupIdsAreRandomAndShorterThanDirectIds() {
    SecureRandom random = new SecureRandom();
    ChannelId a = ChannelId.randomGroupId(random);
    assertEquals(ChannelId.GROUP_LENGTH, a.value().length());
    assertNotEquals(a, ChannelId.randomGroupId(random));
  }

  @Test
  void lengthIsBounded() {
    assertThrows(IllegalArgumentException.class, () -> new ChannelId(Bytes.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> new ChannelId(Bytes.zeros(65)));
  }

  @Test
  void epochsOnlyMoveForward() {
    assertEquals(new Epoch(1), Epoch.ZERO.next());
    assertThrows(IllegalArgumentException.class, () -> new Epoch(-1));
  }
}
