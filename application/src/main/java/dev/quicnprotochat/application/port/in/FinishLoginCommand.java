package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// `ke3` is the client's OPAQUE `KE3` for the login named by `attempt`.
public record FinishLoginCommand(LoginAttemptId attempt, Bytes ke3) {

  public FinishLoginCommand {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(ke3, "KE3");
  }

  @Override
  public String toString() {
    return "FinishLoginCommand[attempt=" + attempt + "]";
  }
}
