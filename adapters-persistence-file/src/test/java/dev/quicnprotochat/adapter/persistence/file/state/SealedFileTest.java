package dev.quicnprotochat.adapter.persistence.file.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class SealedFileTest {

  static final StateKdfParameters FAST = new StateKdfParameters(64, 1, 1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] BODY = "the quick brown fox".getBytes(StandardCharsets.UTF_8);

  private static StateKey key(String password, byte[] salt) {
    return StateKey.derive(StatePassword.of(password.toCharArray()), FAST, salt);
  }

  private static byte[] salt() {
    byte[] salt = new byte[StateKey.SALT_LENGTH];
    RANDOM.nextBytes(salt);
    return salt;
  }

  @Test
  void sealedBodyOpensWithTheSameKey() throws Exception {
    StateKey key = key("pw", salt());
    byte[] file = SealedFile.seal(FileKind.IDENTITY, BODY, key, RANDOM);
    SealedFile.Parsed parsed = SealedFile.parse(file, "f");
    assertTrue(parsed.sealed());
    assertEquals(FileKind.IDENTITY, parsed.kind());
    assertEquals(FAST, parsed.parameters());
    assertArrayEquals(key.salt(), parsed.salt());
    assertArrayEquals(BODY, SealedFile.open(parsed, key, "f"));
    assertEquals(8 + 4 + 12 + 1 + 16 + 12 + 4 + BODY.length + 16, file.length);
  }

  @Test
  void headerLayoutIsAsDocumented() throws Exception {
    StateKey key = key("pw", salt());
    byte[] file = SealedFile.seal(FileKind.GROUP_STATE, BODY, key, RANDOM);
    ByteBuffer in = ByteBuffer.wrap(file);
    byte[] magic = new byte[8];
    in.get(magic);
    assertEquals("QPCSTATE", new String(magic, StandardCharsets.US_ASCII));
    assertEquals(1, in.get());
    assertEquals(1, in.get());
    assertEquals(4, in.get());
    assertEquals(0, in.get());
    assertEquals(64, in.getInt());
    assertEquals(1, in.getInt());
    assertEquals(1, in.getInt());
    assertEquals(16, in.get());
    byte[] salt = new byte[16];
    in.get(salt);
    assertArrayEquals(key.salt(), salt);
    in.position(in.position() + 12);
    assertEquals(BODY.length + 16, in.getInt());
  }

  @Test
  void keyIsArgon2idOfThePasswordThenHmacLabelled() throws Exception {
    // recompute the AEAD key independently of StateKey: Argon2id -> HMAC-SHA256(master, label)
    byte[] salt = salt();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(0x13).withSalt(salt)
        .withMemoryAsKB(64).withIterations(1).withParallelism(1).build());
    byte[] master = new byte[32];
    generator.generateBytes("pw".getBytes(StandardCharsets.UTF_8), master);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(master, "HmacSHA256"));
    byte[] expected = mac.doFinal("quicnprotochat state v1 aead".getBytes(StandardCharsets.US_ASCII));
    assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(key("pw", salt).aeadKey()));
  }

  @Test
  void plaintextFileIsFlaggedAndCarriesTheBodyAsIs() throws Exception {
    byte[] file = SealedFile.plaintext(FileKind.SESSION_TOKENS, BODY);
    assertEquals(0, file[9]);
    SealedFile.Parsed parsed = SealedFile.parse(file, "f");
    assertFalse(parsed.sealed());
    assertArrayEquals(BODY, parsed.body());
    assertEquals(8 + 4 + 4 + BODY.length, file.length);
  }

  @Test
  void anotherPasswordFailsAuthentication() throws Exception {
    byte[] salt = salt();
    byte[] file = SealedFile.seal(FileKind.IDENTITY, BODY, key("right", salt), RANDOM);
    SealedFile.Parsed parsed = SealedFile.parse(file, "f");
    CorruptStateFileException e = assertThrows(CorruptStateFileException.class,
        () -> SealedFile.open(parsed, key("wrong", salt), "f"));
    assertEquals("f failed authentication: it is damaged or was tampered with", e.getMessage());
  }

  @Test
  void everyTamperedByteIsDetected() throws Exception {
    StateKey key = key("pw", salt());
    byte[] file = SealedFile.seal(FileKind.KEY_PACKAGE_SECRETS, BODY, key, RANDOM);
    for (int i = 0; i < file.length; i++) {
      byte[] tampered = file.clone();
      tampered[i] ^= 0x01;
      int index = i;
      assertThrows(CorruptStateFileException.class, () -> {
        SealedFile.Parsed parsed = SealedFile.parse(tampered, "f");
        if (parsed.kind() != FileKind.KEY_PACKAGE_SECRETS) {
          throw new CorruptStateFileException("kind changed"); // StateDirectory.decode refuses this
        }
        SealedFile.open(parsed, key, "f");
      }, "flipping byte " + index + " went unnoticed");
    }
  }

  @Test
  void badMagicVersionTruncationAndTrailingBytesAreRefusedClearly() throws Exception {
    byte[] file = SealedFile.seal(FileKind.IDENTITY, BODY, key("pw", salt()), RANDOM);
    byte[] magic = file.clone();
    magic[0] = 'X';
    assertEquals("f is not a quicnprotochat state file (bad magic)",
        assertThrows(CorruptStateFileException.class, () -> SealedFile.parse(magic, "f")).getMessage());
    byte[] version = file.clone();
    version[8] = 2;
    assertEquals("f has state file version 2; this client reads 1",
        assertThrows(CorruptStateFileException.class, () -> SealedFile.parse(version, "f")).getMessage());
    for (int length : new int[] {0, 5, 12, 30, 50, file.length - 1}) {
      byte[] truncated = Arrays.copyOf(file, length);
      CorruptStateFileException e = assertThrows(CorruptStateFileException.class,
          () -> SealedFile.parse(truncated, "f"), "length " + length);
      assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("bad magic"), e.getMessage());
    }
    byte[] longer = Arrays.copyOf(file, file.length + 1);
    assertEquals("f has trailing bytes",
        assertThrows(CorruptStateFileException.class, () -> SealedFile.parse(longer, "f")).getMessage());
    byte[] mode = file.clone();
    mode[9] = 7;
    assertEquals("f has an invalid header",
        assertThrows(CorruptStateFileException.class, () -> SealedFile.parse(mode, "f")).getMessage());
  }

  @Test
  void hugeArgon2ParametersInAHeaderAreRefused() {
    byte[] file = SealedFile.seal(FileKind.IDENTITY, BODY, key("pw", salt()), RANDOM);
    ByteBuffer.wrap(file).putInt(12, Integer.MAX_VALUE);
    assertEquals("f has invalid Argon2id parameters",
        assertThrows(CorruptStateFileException.class, () -> SealedFile.parse(file, "f")).getMessage());
  }

  @Test
  void destroyedKeyCannotBeUsed() {
    StateKey key = key("pw", salt());
    key.destroy();
    assertThrows(IllegalStateException.class, () -> SealedFile.seal(FileKind.IDENTITY, BODY, key, RANDOM));
    assertEquals("StateKey[redacted]", key.toString());
  }
}
