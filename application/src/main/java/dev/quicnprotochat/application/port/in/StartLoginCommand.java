package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// `ke1` is the client's OPAQUE `KE1` message.
public record StartLoginCommand(Username username, Bytes ke1) {

  public StartLoginCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(ke1, "KE1");
  }

  @Override
  public String toString() {
    return "StartLoginCommand[username=" + username + "]";
  }
}
