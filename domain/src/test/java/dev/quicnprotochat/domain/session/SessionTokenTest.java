package dev.quicnprotochat.domain.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SessionTokenTest {

  @Test
  void generatesDistinct256BitTokens() {
    SecureRandom random = new SecureRandom();
    SessionToken a = SessionToken.generate(random);
    SessionToken b = SessionToken.generate(random);
    assertEquals(32, a.toByteArray().length);
    assertNotEquals(a, b);
    assertEquals(a, SessionToken.of(a.toByteArray()));
  }

  @Test
  void hashIsSha256OfTheToken() {
    // SHA-256 of 32 zero bytes (FIPS 180-4), computed independently.
    SessionToken zeros = SessionToken.of(new byte[32]);
    assertArrayEquals(
        HexFormat.of().parseHex("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"),
        zeros.hash().value().toByteArray());
  }

  @Test
  void neverPrintsItsValue() {
    SessionToken token = SessionToken.of(new byte[32]);
    assertEquals("SessionToken[redacted]", token.toString());
  }

  @Test
  void refusesWrongLength() {
    assertThrows(IllegalArgumentException.class, () -> SessionToken.of(new byte[31]));
  }

  @Test
  void sessionExpiresExactlyAtItsExpiry() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Session session = Session.start(
        new SessionTokenHash(Bytes.zeros(32)), Username.of("alice"), new IdentityKey(Bytes.zeros(32)), now,
        Duration.ofHours(1));
    assertFalse(session.isExpiredAt(now.plusSeconds(3599)));
    assertTrue(session.isExpiredAt(now.plusSeconds(3600)));
    assertThrows(IllegalArgumentException.class, () -> Session.start(
        session.tokenHash(), session.username(), session.identityKey(), now, Duration.ZERO));
  }
}
