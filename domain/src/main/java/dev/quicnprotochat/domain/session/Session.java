package dev.quicnprotochat.domain.session;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// A logged-in session: which user and identity key a token stands for, and until when.
public record Session(
    SessionTokenHash tokenHash, Username username, IdentityKey identityKey, Instant createdAt, Instant expiresAt) {

  public Session {
    Objects.requireNonNull(tokenHash, "token hash");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(createdAt, "creation time");
    Objects.requireNonNull(expiresAt, "expiry time");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a session must expire after it is created");
    }
  }

  /// A session for `token`, valid for `lifetime` from `now`.
  public static Session start(
      SessionTokenHash tokenHash, Username username, IdentityKey identityKey, Instant now, Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a session lifetime must be positive");
    }
    return new Session(tokenHash, username, identityKey, now, now.plus(lifetime));
  }

  /// Expiry is exclusive: at `expiresAt` exactly the session is no longer valid.
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
