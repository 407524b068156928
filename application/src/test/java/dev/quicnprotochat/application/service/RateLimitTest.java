package dev.quicnprotochat.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.MutableClock;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private final MutableClock clock = MutableClock.startingAt("2026-06-01T00:00:00Z");
  private final SessionTokenHash session = ServerTestData.aSessionToken().hash();

  @Test
  void burstIsAllowedThenCallsWaitForTheRefill() {
    TokenBucketRateLimitPolicy policy = new TokenBucketRateLimitPolicy(2, 3, clock);
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), policy.tryAcquire(session));
    }
    assertEquals(Optional.of(new RateLimited(Duration.ofMillis(500))), policy.tryAcquire(session));
    clock.advance(Duration.ofMillis(500));
    assertEquals(Optional.empty(), policy.tryAcquire(session));
    assertTrue(policy.tryAcquire(session).isPresent());
  }

  @Test
  void sessionsHaveSeparateBuckets() {
    TokenBucketRateLimitPolicy policy = new TokenBucketRateLimitPolicy(1, 1, clock);
    assertEquals(Optional.empty(), policy.tryAcquire(session));
    assertTrue(policy.tryAcquire(session).isPresent());
    assertEquals(Optional.empty(), policy.tryAcquire(ServerTestData.aSessionToken().hash()));
  }

  @Test
  void refillNeverExceedsTheBurst() {
    TokenBucketRateLimitPolicy policy = new TokenBucketRateLimitPolicy(10, 2, clock);
    policy.tryAcquire(session);
    clock.advance(Duration.ofHours(1));
    assertEquals(Optional.empty(), policy.tryAcquire(session));
    assertEquals(Optional.empty(), policy.tryAcquire(session));
    assertTrue(policy.tryAcquire(session).isPresent());
  }

  @Test
  void refusesNonsenseSettings() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucketRateLimitPolicy(0, 1, clock));
    assertThrows(IllegalArgumentException.class, () -> new TokenBucketRateLimitPolicy(1, 0, clock));
  }

  @Test
  void servicesAnswerRateLimitedOnceTheSessionIsOverItsAllowance() {
    InMemoryServer server = new InMemoryServer(ServerSettings.defaults(), new TokenBucketRateLimitPolicy(1, 2, clock));
    Optional<SessionToken> token = server.session(server.register("alice"));
    FetchInboxCommand fetch = new FetchInboxCommand(token, 0, 10);
    assertInstanceOf(FetchInboxResult.InboxPage.class, server.fetchInbox.fetchInbox(fetch));
    assertInstanceOf(FetchInboxResult.InboxPage.class, server.fetchInbox.fetchInbox(fetch));
    assertInstanceOf(RateLimited.class, server.fetchInbox.fetchInbox(fetch));
    clock.advance(Duration.ofSeconds(1));
    assertInstanceOf(FetchInboxResult.InboxPage.class, server.fetchInbox.fetchInbox(fetch));
  }
}
