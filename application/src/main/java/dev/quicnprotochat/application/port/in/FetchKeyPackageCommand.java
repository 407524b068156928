package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Whose key package to take.
public record FetchKeyPackageCommand(Optional<SessionToken> token, IdentityKey owner) {

  public FetchKeyPackageCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(owner, "owner");
  }
}
