package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aRegisteredUser;
import static dev.quicnprotochat.application.testing.ServerTestData.aSession;
import static dev.quicnprotochat.application.testing.ServerTestData.aSessionToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.testing.MutableClock;
import dev.quicnprotochat.domain.session.Session;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [SessionStore] adapter must do; extend it and implement [#store].
@Timeout(30)
public abstract class SessionStoreContract {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");

  protected abstract SessionStore store();

  private Session newSession(Duration lifetime) {
    return aSession(aSessionToken(), aRegisteredUser(), clock.instant(), lifetime);
  }

  @Test
  void savedSessionIsFoundByItsTokenHash() {
    Session session = newSession(Duration.ofHours(1));
    store().save(session);
    assertEquals(Optional.of(session), store().findActive(session.tokenHash(), clock.instant()));
  }

  @Test
  void unknownTokenHashFindsNothing() {
    assertEquals(Optional.empty(), store().findActive(aSessionToken().hash(), clock.instant()));
  }

  @Test
  void sessionIsHiddenFromItsExpiryOn() {
    Session session = newSession(Duration.ofMinutes(10));
    store().save(session);
    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertTrue(store().findActive(session.tokenHash(), clock.instant()).isPresent());
    clock.advance(Duration.ofMillis(1));
    assertEquals(Optional.empty(), store().findActive(session.tokenHash(), clock.instant()));
  }

  @Test
  void revokedSessionIsGone() {
    Session session = newSession(Duration.ofHours(1));
    Session other = newSession(Duration.ofHours(1));
    store().save(session);
    store().save(other);
    assertTrue(store().revoke(session.tokenHash()));
    assertFalse(store().revoke(session.tokenHash()));
    assertEquals(Optional.empty(), store().findActive(session.tokenHash(), clock.instant()));
    assertEquals(Optional.of(other), store().findActive(other.tokenHash(), clock.instant()));
  }

  @Test
  void purgeDeletesOnlyExpiredSessions() {
    Session shortLived = newSession(Duration.ofMinutes(1));
    Session longLived = newSession(Duration.ofDays(1));
    store().save(shortLived);
    store().save(longLived);
    clock.advance(Duration.ofMinutes(2));
    assertTrue(store().purgeExpired(clock.instant()) >= 1);
    assertFalse(store().revoke(shortLived.tokenHash()));
    assertEquals(Optional.of(longLived), store().findActive(longLived.tokenHash(), clock.instant()));
  }
}
