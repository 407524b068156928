package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Acknowledges every entry up to and including `upToSequence`.
public record AckInboxCommand(Optional<SessionToken> token, long upToSequence) {

  public AckInboxCommand {
    Objects.requireNonNull(token, "token");
    if (upToSequence < 0) {
      throw new IllegalArgumentException("an inbox sequence is never negative");
    }
  }
}
