package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// The token a call presented, if any.
public record AuthenticateCommand(Optional<SessionToken> token) {

  public AuthenticateCommand {
    Objects.requireNonNull(token, "token");
  }
}
