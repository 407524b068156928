package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// Which server (the token cache's key), which user, which password.
public record LoginCommand(ServerAddress server, Username username, AccountPassword password) {
  public LoginCommand {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }
}
