package dev.quicnprotochat.domain.clientstate;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.Objects;

/// The identity key this client has accepted for a username, and since when: the first key a directory answer
/// gave (trust on first use), or a later one the user confirmed after a key-change warning.
public record KnownContact(Username username, IdentityKey identityKey, Instant since) {

  public KnownContact {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(since, "since");
  }
}
