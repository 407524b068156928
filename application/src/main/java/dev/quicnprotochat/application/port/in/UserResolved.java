package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// A registered user's name and identity key.
public record UserResolved(Username username, IdentityKey identityKey)
    implements ResolveUserResult, ResolveIdentityResult {

  public UserResolved {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
  }
}
