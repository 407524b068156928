package dev.quicnprotochat.domain.clientstate;

import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.time.Instant;
import java.util.Objects;

/// A session token the client keeps between runs, so it need not log in again on every start (DESIGN.md §3):
/// which server issued it, to whom, and until when the server accepts it. The token's own `toString` is redacted.
public record CachedSession(ServerAddress server, Username username, SessionToken token, Instant expiresAt) {

  public CachedSession {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiry");
  }

  /// Expired from `expiresAt` on, as the server's session is.
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
