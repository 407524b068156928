package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import dev.quicnprotochat.domain.identity.Username;
import java.nio.file.Path;
import java.util.Arrays;
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

  @Option(names = "--state-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
      description = {"Encrypt the local state with a password. Alone, it asks for it without echo (the same "
          + "happens without this flag when QUICNPROTOCHAT_STATE_PASSWORD is not set).",
          "A value after it (--state-password=VALUE) is accepted but discouraged: other users can read a "
              + "process's command line and shells keep it in their history. In scripts use "
              + "QUICNPROTOCHAT_STATE_PASSWORD (and QUICNPROTOCHAT_PASSWORD for the account)."})
  char[] statePassword;

  @Option(names = "--no-state-password",
      description = {"Keep the local state unencrypted (otherwise --state-password, QUICNPROTOCHAT_STATE_PASSWORD "
          + "or a prompt). The account password comes from QUICNPROTOCHAT_PASSWORD or a prompt without echo."})
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
    return new ProfileOptions(address, user, dir, statePassword(context, user), Optional.ofNullable(caCert), token);
  }

  /// `--state-password` (typed at its prompt or given) wins over the environment and the prompt.
  private Optional<StatePassword> statePassword(CliContext context, Username user) {
    if (statePassword == null) {
      return Passwords.statePassword(context, noStatePassword, user.value());
    }
    try {
      if (noStatePassword) {
        throw CliFailure.usage("--state-password and --no-state-password contradict each other: pick one");
      }
      if (statePassword.length == 0) {
        throw new CliFailure("no state password given (pass --no-state-password to keep the state unencrypted)");
      }
      return Optional.of(StatePassword.of(statePassword));
    } finally {
      Arrays.fill(statePassword, '\0');
      statePassword = null;
    }
  }
}
