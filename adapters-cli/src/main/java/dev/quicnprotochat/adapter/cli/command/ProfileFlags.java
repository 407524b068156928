package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/// The options every client command shares (a picocli mixin). A flag wins over its environment variable.
public final class ProfileFlags {
  public static final String DEFAULT_SERVER = "127.0.0.1:7000";

  @Option(names = "--server", paramLabel = "HOST:PORT",
      description = {"Server to talk to (env QUICNPROTOCHAT_SERVER, default " + DEFAULT_SERVER + ").",
          "Example: --server chat.example.org:7000"})
  String server;

  @Option(names = {"-u", "--username"}, paramLabel = "USER",
      description = {"Your username (env QUICNPROTOCHAT_USERNAME); required. A new one is registered on first use.",
          "Example: -u alice"})
  String username;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = {"Your local state (keys, groups, messages). Default: <state root>/<username>."})
  Path stateDir;

  @Option(names = "--ca-cert", paramLabel = "FILE",
      description = {"Trust only this PEM certificate instead of trusting the server's on first use."})
  Path caCert;

  @Option(names = "--auth-token", paramLabel = "CODE",
      description = {"The server's access code, needed only to register (env QUICNPROTOCHAT_AUTH_TOKEN)."})
  String authToken;

  @Option(names = "--no-state-password",
      description = {"Keep the local state unencrypted (otherwise QUICNPROTOCHAT_STATE_PASSWORD or a prompt).",
          "There is deliberately no password flag: other users can read a process's command line and shells "
              + "keep it in their history. Use QUICNPROTOCHAT_PASSWORD / QUICNPROTOCHAT_STATE_PASSWORD in scripts, "
              + "or type them at the prompt (no echo)."})
  boolean noStatePassword;

  /// The profile these flags and `context`'s environment name; asks for the state password if needed.
  ProfileOptions resolve(CliContext context) {
    Username user = ClientSession.username(Optional.ofNullable(username)
        .or(() -> context.env(EnvironmentVariables.USERNAME))
        .orElseThrow(() -> CliFailure.usage("who are you? pass --username USER or set "
            + EnvironmentVariables.USERNAME)));
    String serverText = Optional.ofNullable(server).or(() -> context.env(EnvironmentVariables.SERVER))
        .orElse(DEFAULT_SERVER);
    ServerAddress address;
    try {
      address = ServerAddress.parse(serverText.strip());
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("--server " + serverText + ": " + e.getMessage());
    }
    Path dir = stateDir != null ? stateDir : context.defaultStateRoot().resolve(user.value());
    Optional<String> token = Optional.ofNullable(authToken).or(() -> context.env(EnvironmentVariables.AUTH_TOKEN));
    return new ProfileOptions(address, user, dir, Passwords.statePassword(context, noStatePassword, user.value()),
        Optional.ofNullable(caCert), token);
  }
}
