package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.time.Instant;
import java.util.Objects;

/// A successful login: the session token (secret: `SessionToken` redacts itself) and whom it is bound to.
public record ServerSession(SessionToken token, Username username, IdentityKey identityKey, Instant expiresAt) {
  public ServerSession {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(expiresAt, "expiry");
  }
}
