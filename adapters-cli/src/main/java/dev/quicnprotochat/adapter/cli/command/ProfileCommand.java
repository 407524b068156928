package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.ClientProfile;
import dev.quicnprotochat.adapter.cli.ProfileOptions;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.display.PrintWriterDisplay;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// A command that works on one profile: resolves the shared flags, opens the profile, starts a session with the
/// server when the command needs one (registering a new username), runs, and closes everything. Failures end as
/// one `error:` line on stderr with exit code 1 (2 for usage).
abstract class ProfileCommand implements Callable<Integer> {
  @Mixin
  ProfileFlags flags;

  @Spec
  CommandSpec spec;

  final CliContext context;

  ProfileCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /// Whether the command talks to the server (and so first makes sure of a session).
  boolean needsSession() {
    return true;
  }

  /// The command's work, on an open profile.
  abstract void run(ClientSession session) throws Exception;

  /// Where lines go: stdout, and errors on stderr.
  Display display(PrintWriter out, PrintWriter err) {
    return new PrintWriterDisplay(out, err);
  }

  @Override
  public Integer call() {
    Display display = display(spec.commandLine().getOut(), spec.commandLine().getErr());
    return Boundary.run(display, () -> {
      ProfileOptions options = flags.resolve(context);
      try (Passwords passwords = new Passwords(context, options.username().value());
           ClientProfile profile = context.profiles().open(options)) {
        ClientSession session = new ClientSession(profile, passwords, display);
        if (needsSession()) {
          new AccountActions(session).ensureSession();
        }
        run(session);
        return 0;
      } finally {
        options.statePassword().ifPresent(StatePassword::clear);
      }
    });
  }
}
