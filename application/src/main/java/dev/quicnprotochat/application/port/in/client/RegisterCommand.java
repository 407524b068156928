package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;
import java.util.Optional;

/// Who to register, with which password, and the server's access code when it requires one.
public record RegisterCommand(Username username, AccountPassword password, Optional<String> serverAuthToken) {
  public RegisterCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(serverAuthToken, "server auth token");
  }
}
