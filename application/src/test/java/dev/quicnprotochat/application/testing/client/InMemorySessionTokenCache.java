package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// [SessionTokenCache] in a concurrent map.
public final class InMemorySessionTokenCache implements SessionTokenCache {

  private record Key(ServerAddress server, Username username) {}

  private final Map<Key, CachedSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void put(CachedSession session) {
    sessions.put(new Key(session.server(), session.username()), session);
  }

  @Override
  public Optional<CachedSession> find(ServerAddress server, Username username, Instant now) {
    return Optional.ofNullable(sessions.get(new Key(server, username))).filter(session -> !session.isExpiredAt(now));
  }

  @Override
  public boolean remove(ServerAddress server, Username username) {
    return sessions.remove(new Key(server, username)) != null;
  }
}
