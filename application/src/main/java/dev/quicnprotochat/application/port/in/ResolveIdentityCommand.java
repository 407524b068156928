package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Whose username to look up.
public record ResolveIdentityCommand(Optional<SessionToken> token, IdentityKey identityKey) {

  public ResolveIdentityCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(identityKey, "identity key");
  }
}
