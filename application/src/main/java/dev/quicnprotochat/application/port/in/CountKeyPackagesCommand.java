package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Counts the caller's own key packages.
public record CountKeyPackagesCommand(Optional<SessionToken> token) {

  public CountKeyPackagesCommand {
    Objects.requireNonNull(token, "token");
  }
}
