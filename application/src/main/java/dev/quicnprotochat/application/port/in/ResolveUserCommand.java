package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Whose identity key to look up.
public record ResolveUserCommand(Optional<SessionToken> token, Username username) {

  public ResolveUserCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(username, "username");
  }
}
