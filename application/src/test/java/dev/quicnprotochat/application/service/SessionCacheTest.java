package dev.quicnprotochat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.testing.InMemorySessionStore;
import dev.quicnprotochat.application.testing.MutableClock;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCacheTest {

  private final MutableClock clock = MutableClock.startingAt("2026-06-01T09:00:00Z");
  private final CountingStore store = new CountingStore();
  private final SessionCache cache = new SessionCache(store, clock);
  private final SecureRandom random = new SecureRandom();

  @Test
  void aFreshEntryIsServedWithoutAskingTheStore() {
    SessionTokenHash token = saveSession(Duration.ofHours(1));
    assertTrue(cache.findActive(token).isPresent());
    assertTrue(cache.findActive(token).isPresent());
    assertEquals(1, store.lookups);
  }

  @Test
  void logoutOnThisNodeTakesEffectAtOnce() {
    SessionTokenHash token = saveSession(Duration.ofHours(1));
    assertTrue(cache.findActive(token).isPresent());
    assertTrue(cache.revoke(token));
    assertEquals(Optional.empty(), cache.findActive(token));
  }

  @Test
  void expiryTakesEffectAtOnceEvenWhileCached() {
    SessionTokenHash token = saveSession(Duration.ofMillis(500));
    assertTrue(cache.findActive(token).isPresent());
    clock.advance(Duration.ofMillis(500));
    assertEquals(Optional.empty(), cache.findActive(token));
  }

  @Test
  void aRevocationElsewhereTakesEffectWithinTheTimeToLive() {
    SessionTokenHash token = saveSession(Duration.ofHours(1));
    assertTrue(cache.findActive(token).isPresent());
    store.revoke(token); // e.g. another node sharing the database
    clock.advance(SessionCache.TIME_TO_LIVE);
    assertEquals(Optional.empty(), cache.findActive(token));
  }

  @Test
  void anUnknownTokenIsAskedAgainSoALaterLoginWorksAtOnce() {
    SessionToken token = SessionToken.generate(random);
    assertEquals(Optional.empty(), cache.findActive(token.hash()));
    store.save(Session.start(token.hash(), Username.of("late"), IdentityKey.of(bytes(32)), clock.instant(),
        Duration.ofHours(1)));
    assertTrue(cache.findActive(token.hash()).isPresent());
    assertEquals(2, store.lookups);
  }

  @Test
  void revokingAnUnknownSessionReportsFalse() {
    assertFalse(cache.revoke(SessionToken.generate(random).hash()));
  }

  private SessionTokenHash saveSession(Duration lifetime) {
    SessionTokenHash hash = SessionToken.generate(random).hash();
    store.save(Session.start(hash, Username.of("alice"), IdentityKey.of(bytes(32)), clock.instant(), lifetime));
    return hash;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /// The in-memory store, counting lookups so a test sees whether the cache answered.
  private static final class CountingStore implements SessionStore {
    private final InMemorySessionStore delegate = new InMemorySessionStore();
    int lookups;

    @Override
    public void save(Session session) {
      delegate.save(session);
    }

    @Override
    public Optional<Session> findActive(SessionTokenHash tokenHash, Instant now) {
      lookups++;
      return delegate.findActive(tokenHash, now);
    }

    @Override
    public boolean revoke(SessionTokenHash tokenHash) {
      return delegate.revoke(tokenHash);
    }

    @Override
    public int purgeExpired(Instant now) {
      return delegate.purgeExpired(now);
    }
  }
}
