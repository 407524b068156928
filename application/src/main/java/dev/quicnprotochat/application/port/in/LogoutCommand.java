package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Logs out the session `token` belongs to.
public record LogoutCommand(Optional<SessionToken> token) {

  public LogoutCommand {
    Objects.requireNonNull(token, "token");
  }
}
