package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;
import java.util.Optional;

/// The server, the user, the password (used only when the cached token does not do) and the server's access code
/// for a registration.
public record EnsureSessionCommand(ServerAddress server, Username username, AccountPassword password,
                                   Optional<String> serverAuthToken) {
  public EnsureSessionCommand {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(serverAuthToken, "server auth token");
  }
}
