package dev.quicnprotochat.adapter.persistence.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordKeyDerivationTest {

  private static final byte[] SALT = "saltsaltsaltsalt".getBytes(StandardCharsets.US_ASCII);

  /// Expected value from the reference implementation's CLI (Debian `argon2` 0~20171227, Argon2 v1.3):
  /// `echo -n "correct horse" | argon2 saltsaltsaltsalt -id -t 2 -m 10 -p 1 -l 32 -r`
  @Test
  void matchesTheReferenceArgon2idImplementation() {
    DatabaseKey key = PasswordKeyDerivation.derive("correct horse".toCharArray(),
        new SaltFile(new KdfParameters(1024, 2, 1), SALT));
    assertEquals("30edf7702167a9203c4ac92147cfe2e6bfef6a3277983c7023f332a21e466709",
        HexFormat.of().formatHex(key.bytes()));
  }

  @Test
  void saltPasswordAndCostEachChangeTheKey() {
    SaltFile base = new SaltFile(new KdfParameters(1024, 1, 1), SALT);
    byte[] key = PasswordKeyDerivation.derive("pw".toCharArray(), base).bytes();
    byte[] otherSalt = SALT.clone();
    otherSalt[0] ^= 1;
    assertFalse(Arrays.equals(key,
        PasswordKeyDerivation.derive("pw".toCharArray(), new SaltFile(base.parameters(), otherSalt)).bytes()));
    assertFalse(Arrays.equals(key, PasswordKeyDerivation.derive("pW".toCharArray(), base).bytes()));
    assertFalse(Arrays.equals(key, PasswordKeyDerivation.derive("pw".toCharArray(),
        new SaltFile(new KdfParameters(1024, 2, 1), SALT)).bytes()));
    assertArrayEquals(key, PasswordKeyDerivation.derive("pw".toCharArray(), base).bytes());
  }

  @Test
  void databaseKeyHidesItselfAndCanBeWiped() {
    DatabaseKey key = DatabaseKey.of(new byte[32]);
    assertEquals("DatabaseKey[redacted]", key.toString());
    byte[] material = new byte[32];
    Arrays.fill(material, (byte) 7);
    DatabaseKey real = DatabaseKey.of(material);
    assertArrayEquals(material, real.bytes());
    real.destroy();
    assertArrayEquals(new byte[32], real.bytes());
    assertThrows(IllegalArgumentException.class, () -> DatabaseKey.of(new byte[16]));
  }

  @Test
  void costParametersAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new KdfParameters(4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new KdfParameters(1024, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new KdfParameters(1024, 1, 0));
    assertEquals(65536, KdfParameters.DEFAULT.memoryKib());
  }
}
