package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/// The server, the user, where to get the password (asked only when the cached token does not do) and the
/// server's access code for a registration.
public record EnsureSessionCommand(ServerAddress server, Username username, AccountPasswordSource passwordSource,
                                   Optional<String> serverAuthToken) {
  public EnsureSessionCommand {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordSource, "password source");
    Objects.requireNonNull(serverAuthToken, "server auth token");
  }

  /// With a password at hand: the service gets (and clears) a copy of it, so `password` stays the caller's to
  /// clear.
  public EnsureSessionCommand(ServerAddress server, Username username, AccountPassword password,
                              Optional<String> serverAuthToken) {
    this(server, username, copying(Objects.requireNonNull(password, "password")), serverAuthToken);
  }

  private static AccountPasswordSource copying(AccountPassword password) {
    return () -> {
      byte[] utf8 = password.utf8();
      try {
        return AccountPassword.of(utf8);
      } finally {
        Arrays.fill(utf8, (byte) 0);
      }
    };
  }
}
