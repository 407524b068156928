package dev.quicnprotochat.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.codec.Bytes;
import org.junit.jupiter.api.Test;

class IdentityKeyTest {

  @Test
  void needsExactly32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new IdentityKey(Bytes.zeros(31)));
    assertThrows(IllegalArgumentException.class, () -> new IdentityKey(Bytes.zeros(33)));
    assertEquals(32, new IdentityKey(Bytes.zeros(32)).value().length());
  }

  @Test
  void comparesByContentAndPrintsOnlyAFingerprint() {
    byte[] raw = new byte[32];
    raw[0] = (byte) 0xab;
    raw[31] = 0x7f;
    IdentityKey key = IdentityKey.of(raw);
    raw[0] = 0;
    assertEquals(IdentityKey.of(key.value().toByteArray()), key);
    assertEquals("IdentityKey[ab000000…]", key.toString());
    assertFalse(key.toString().contains("7f"));
  }
}
