package dev.quicnprotochat.adapter.cli;

import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.identity.Username;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/// What opening one profile takes, as the command line gave it (flags < env already resolved by the caller).
///
/// @param server the server to talk to
/// @param username the profile's user
/// @param stateDirectory the profile's state directory (DESIGN.md §5), created on first use
/// @param statePassword encrypts the state directory; empty means an unencrypted one (a directory created with a
///     password cannot be opened without it)
/// @param caCert pins the server's certificate; empty means trust on first use (recorded in the state directory)
/// @param serverAuthToken the server's access code, needed only to register
public record ProfileOptions(ServerAddress server, Username username, Path stateDirectory,
                             Optional<StatePassword> statePassword, Optional<Path> caCert,
                             Optional<String> serverAuthToken) {
  public ProfileOptions {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(statePassword, "statePassword");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(serverAuthToken, "serverAuthToken");
  }
}
