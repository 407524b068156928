package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// [SessionStore] in a concurrent map.
public final class InMemorySessionStore implements SessionStore {

  private final Map<SessionTokenHash, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public void save(Session session) {
    sessions.put(session.tokenHash(), session);
  }

  @Override
  public Optional<Session> findActive(SessionTokenHash tokenHash, Instant now) {
    return Optional.ofNullable(sessions.get(tokenHash)).filter(session -> !session.isExpiredAt(now));
  }

  @Override
  public boolean revoke(SessionTokenHash tokenHash) {
    return sessions.remove(tokenHash) != null;
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(session -> session.isExpiredAt(now));
    return before - sessions.size();
  }
}
