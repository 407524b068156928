package dev.quicnprotochat.domain.clientstate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClientStateValuesTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void identityPublicKeyIsDerivedFromTheSeedAsInRfc8032() {
    // RFC 8032 §7.1, TEST 1
    IdentityKeyPair pair = IdentityKeyPair.fromSeed(
        HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    assertEquals(IdentityKey.of(HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")),
        pair.publicKey());
  }

  @Test
  void identityKeyPairRedactsItsSeedAndWipesIt() {
    IdentityKeyPair pair = IdentityKeyPair.generate(new SecureRandom());
    String seedHex = HEX.formatHex(pair.seed());
    assertFalse(pair.toString().contains(seedHex.substring(0, 8)));
    assertTrue(pair.toString().contains("redacted"));
    assertEquals(pair, IdentityKeyPair.fromSeed(pair.seed()));
    pair.destroy();
    assertArrayEquals(new byte[32], pair.seed());
  }

  @Test
  void statePasswordCanBeClearedAndRefusesEmpty() {
    char[] chars = "correct horse".toCharArray();
    StatePassword password = StatePassword.of(chars);
    chars[0] = 'X';
    assertEquals("correct horse", new String(password.chars()));
    assertEquals("StatePassword[redacted]", password.toString());
    password.clear();
    assertTrue(password.isCleared());
    assertThrows(IllegalStateException.class, password::chars);
    assertThrows(IllegalArgumentException.class, () -> StatePassword.of(new char[0]));
  }

  @Test
  void secretsRedactTheirBytes() {
    KeyPackageSecret secret = KeyPackageSecret.of(new KeyPackageRef(Bytes.fromHex("a1b2c3d4e5")), false,
        HEX.parseHex("deadbeefcafe"));
    assertFalse(secret.toString().contains("deadbeef"));
    assertTrue(secret.toString().contains("a1b2c3d4"));
    SerializedGroupState state = SerializedGroupState.of(HEX.parseHex("deadbeefcafe"));
    assertFalse(state.toString().contains("deadbeef"));
    assertEquals(state, SerializedGroupState.of(HEX.parseHex("deadbeefcafe")));
    assertNotEquals(state, SerializedGroupState.of(HEX.parseHex("deadbeefcaff")));
    assertThrows(IllegalArgumentException.class, () -> SerializedGroupState.of(new byte[0]));
  }

  @Test
  void serverAddressParsesAndPrintsHostAndPort() {
    assertEquals(new ServerAddress("chat.example", 7000), ServerAddress.parse("Chat.Example:7000"));
    assertEquals(new ServerAddress("::1", 7000), ServerAddress.parse("[::1]:7000"));
    assertEquals("[::1]:7000", new ServerAddress("::1", 7000).toString());
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("chat.example"));
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("chat.example:0"));
    assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("a b:1"));
  }

  @Test
  void cachedSessionExpiresAtItsExpiry() {
    Instant expiry = Instant.parse("2026-03-01T12:00:00Z");
    CachedSession session = new CachedSession(new ServerAddress("h", 1), Username.of("alice"),
        SessionToken.generate(new SecureRandom()), expiry);
    assertFalse(session.isExpiredAt(expiry.minusNanos(1)));
    assertTrue(session.isExpiredAt(expiry));
    assertFalse(session.toString().contains(HEX.formatHex(session.token().toByteArray())));
  }

  @Test
  void keyChangeNeedsADifferentKey() {
    IdentityKey key = IdentityKeyPair.generate(new SecureRandom()).publicKey();
    KnownContact contact = new KnownContact(Username.of("bob"), key, Instant.EPOCH);
    assertThrows(IllegalArgumentException.class, () -> new ContactKeyCheck.KeyChanged(contact, key));
  }
}
