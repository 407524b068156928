package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// The profile's server and username.
public record WhoAmICommand(ServerAddress server, Username username) {
  public WhoAmICommand {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
  }
}
