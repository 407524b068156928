package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Objects;
import java.util.Optional;

/// Reads up to `limit` entries after `afterSequence` (0 for the start); the server caps `limit`.
public record FetchInboxCommand(Optional<SessionToken> token, long afterSequence, int limit) {

  public FetchInboxCommand {
    Objects.requireNonNull(token, "token");
    if (afterSequence < 0) {
      throw new IllegalArgumentException("an inbox cursor is never negative");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("a fetch limit is at least 1");
    }
  }
}
