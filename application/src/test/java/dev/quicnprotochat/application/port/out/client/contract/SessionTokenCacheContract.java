package dev.quicnprotochat.application.port.out.client.contract;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aCachedSession;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [SessionTokenCache] adapter must do; extend it and implement [#cache()]. Override [#reopened()] when
/// the adapter persists.
@Timeout(30)
public abstract class SessionTokenCacheContract {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456789Z");
  private static final Username ALICE = Username.of("alice");

  protected abstract SessionTokenCache cache();

  /// The same cache after closing and opening it again; by default the cache itself.
  protected SessionTokenCache reopened() throws Exception {
    return cache();
  }

  @Test
  void cachedSessionIsFoundAfterReopening() throws Exception {
    CachedSession session = aCachedSession(aServer(), ALICE, NOW.plus(Duration.ofHours(1)));
    cache().put(session);
    Optional<CachedSession> found = reopened().find(aServer(), ALICE, NOW);
    assertEquals(Optional.of(session), found);
    assertEquals(session.token(), found.orElseThrow().token());
  }

  @Test
  void sessionIsHiddenFromItsExpiryOn() {
    Instant expiry = NOW.plus(Duration.ofMinutes(5));
    cache().put(aCachedSession(aServer(), ALICE, expiry));
    assertTrue(cache().find(aServer(), ALICE, expiry.minusNanos(1)).isPresent());
    assertEquals(Optional.empty(), cache().find(aServer(), ALICE, expiry));
  }

  @Test
  void sessionsAreKeptPerServerAndUsername() throws Exception {
    ServerAddress other = new ServerAddress("other.example", 7000);
    CachedSession alice = aCachedSession(aServer(), ALICE, NOW.plus(Duration.ofHours(1)));
    CachedSession bob = aCachedSession(aServer(), Username.of("bob"), NOW.plus(Duration.ofHours(1)));
    CachedSession aliceElsewhere = aCachedSession(other, ALICE, NOW.plus(Duration.ofHours(1)));
    cache().put(alice);
    cache().put(bob);
    cache().put(aliceElsewhere);
    SessionTokenCache reopened = reopened();
    assertEquals(Optional.of(alice), reopened.find(aServer(), ALICE, NOW));
    assertEquals(Optional.of(bob), reopened.find(aServer(), Username.of("bob"), NOW));
    assertEquals(Optional.of(aliceElsewhere), reopened.find(other, ALICE, NOW));
    assertEquals(Optional.empty(), reopened.find(new ServerAddress("chat.example", 7001), ALICE, NOW));
  }

  @Test
  void putReplacesTheCachedSession() throws Exception {
    cache().put(aCachedSession(aServer(), ALICE, NOW.plus(Duration.ofHours(1))));
    CachedSession newer = aCachedSession(aServer(), ALICE, NOW.plus(Duration.ofHours(2)));
    cache().put(newer);
    assertEquals(Optional.of(newer), reopened().find(aServer(), ALICE, NOW));
  }

  @Test
  void removedSessionIsGone() throws Exception {
    cache().put(aCachedSession(aServer(), ALICE, NOW.plus(Duration.ofHours(1))));
    assertTrue(cache().remove(aServer(), ALICE));
    assertFalse(cache().remove(aServer(), ALICE));
    assertEquals(Optional.empty(), reopened().find(aServer(), ALICE, NOW));
  }
}
