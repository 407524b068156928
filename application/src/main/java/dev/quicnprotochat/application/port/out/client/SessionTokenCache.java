package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.Optional;

/// Session tokens kept between runs, one per (server, username), so a restarted client skips the OPAQUE login while
/// its token is valid.
public interface SessionTokenCache {

  /// Stores `session`, replacing any cached one for the same server and username.
  void put(CachedSession session);

  /// The cached session for the server and username, unless it is expired at `now`.
  Optional<CachedSession> find(ServerAddress server, Username username, Instant now);

  /// Forgets the session (after logout, or when the server refused the token); false when there was none.
  boolean remove(ServerAddress server, Username username);
}
