package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Active sessions remembered for a short time, so that every authenticated call does not read the session store
/// (a database round trip on the SQL backends).
///
/// Bounds on what a cached entry can hide (docs/server-use-cases.md, sessions):
/// - expiry is checked on every hit against the session's own `expiresAt`, so an expired session never passes;
/// - a logout on this node goes through [#revoke], which drops the entry before and after the store revokes it; a
///   lookup that read the store just before the revocation can still re-cache it, so even here the bound is
///   [#TIME_TO_LIVE], not zero;
/// - a revocation the store sees by another route (another node sharing a SQL database, an operator) takes effect
///   here within [#TIME_TO_LIVE] at most.
///
/// Only found sessions are cached: a token the store does not know is asked again every time, so a fresh login
/// (on any node) authenticates at once.
@Singleton
public final class SessionCache {

  /// How long a looked-up session is trusted without asking the store again.
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);
  /// Beyond this many entries the cache starts over, so it cannot grow with the number of tokens ever seen.
  static final int MAX_ENTRIES = 10_000;

  private record Entry(Session session, Instant loadedAt) {}

  private final SessionStore sessions;
  private final Clock clock;
  private final Map<SessionTokenHash, Entry> entries = new ConcurrentHashMap<>();

  @Inject
  public SessionCache(SessionStore sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /// The session for `tokenHash` if it is active now, from the cache when the entry is fresh.
  public Optional<Session> findActive(SessionTokenHash tokenHash) {
    Instant now = clock.instant();
    Entry entry = entries.get(tokenHash);
    if (entry != null && now.isBefore(entry.loadedAt().plus(TIME_TO_LIVE)) && !now.isBefore(entry.loadedAt())) {
      return entry.session().isExpiredAt(now) ? forget(tokenHash) : Optional.of(entry.session());
    }
    Optional<Session> found = sessions.findActive(tokenHash, now);
    if (found.isEmpty()) {
      return forget(tokenHash);
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(tokenHash, new Entry(found.get(), now));
    return found;
  }

  /// Revokes the session in the store; the cached entry is dropped first, so no call on this node authenticates
  /// with it once the revocation is durable.
  public boolean revoke(SessionTokenHash tokenHash) {
    entries.remove(tokenHash);
    boolean revoked = sessions.revoke(tokenHash);
    // a concurrent lookup may have re-cached the entry between the remove and the store's revoke
    entries.remove(tokenHash);
    return revoked;
  }

  private Optional<Session> forget(SessionTokenHash tokenHash) {
    entries.remove(tokenHash);
    return Optional.empty();
  }
}
