package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// The username to look up.
public record ResolveContactCommand(Username username) {
  public ResolveContactCommand {
    Objects.requireNonNull(username, "username");
  }
}
