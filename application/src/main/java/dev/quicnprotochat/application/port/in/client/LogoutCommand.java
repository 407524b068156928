package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// Whose cached session to forget.
public record LogoutCommand(ServerAddress server, Username username) {
  public LogoutCommand {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
  }
}
