package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.time.Instant;
import java.util.Optional;

/// Login sessions keyed by the SHA-256 of their token; the token itself is never stored.
/// Callers pass the current time, so the store needs no clock and tests control expiry.
public interface SessionStore {

  /// Stores a new session; a session with the same token hash is replaced.
  void save(Session session);

  /// The session for `tokenHash` if it exists, was not revoked and has not expired at `now`.
  Optional<Session> findActive(SessionTokenHash tokenHash, Instant now);

  /// Ends a session; true if one was there.
  boolean revoke(SessionTokenHash tokenHash);

  /// Deletes every session expired at `now`; returns how many. Housekeeping only: [#findActive] already hides them.
  int purgeExpired(Instant now);
}
