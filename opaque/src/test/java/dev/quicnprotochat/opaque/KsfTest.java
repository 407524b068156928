package dev.quicnprotochat.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KsfTest {

  @Test
  void identityReturnsACopyOfItsInput() {
    byte[] in = {1, 2, 3};
    byte[] out = Ksf.identity().stretch(in, 3);
    assertArrayEquals(in, out);
    out[0] = 9;
    assertEquals(1, in[0]);
    assertThrows(OpaqueUsageException.class, () -> Ksf.identity().stretch(in, 4));
  }

  @Test
  void argon2idIsDeterministicAndSensitiveToItsParameters() {
    byte[] in = new byte[64];
    Arrays.fill(in, (byte) 7);
    Ksf small = new Ksf.Argon2id(64, 1, 1);
    byte[] a = small.stretch(in, 64);
    assertArrayEquals(a, small.stretch(in, 64));
    assertEquals(64, a.length);
    assertFalse(Arrays.equals(a, new Ksf.Argon2id(64, 2, 1).stretch(in, 64)));
    assertFalse(Arrays.equals(a, in));
  }

  @Test
  void argon2idRejectsInvalidParameters() {
    assertThrows(OpaqueUsageException.class, () -> new Ksf.Argon2id(64, 0, 1));
    assertThrows(OpaqueUsageException.class, () -> new Ksf.Argon2id(64, 1, 0));
    assertThrows(OpaqueUsageException.class, () -> new Ksf.Argon2id(16, 1, 4));
  }

  @Test
  void defaultsFollowRfc9807() {
    assertEquals(new Ksf.Argon2id(1 << 16, 3, 4), Ksf.argon2idMemoryConstrained());
    assertEquals(new Ksf.Argon2id(1 << 21, 1, 4), Ksf.argon2idRecommended());
    assertEquals(Ksf.argon2idRecommended(), OpaqueConfig.ristretto255Sha512(new byte[0]).ksf());
    assertEquals(Ksf.argon2idRecommended(), OpaqueConfig.p256Sha256(new byte[0]).ksf());
  }
}
