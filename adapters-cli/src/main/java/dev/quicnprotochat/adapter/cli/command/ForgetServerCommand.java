package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import picocli.CommandLine.Command;

/// `forget-server`: drops the profile's trust-on-first-use record of the server's certificate (DESIGN.md §2), so
/// that the next connection records the certificate it sees. For a server whose certificate was really replaced.
@Command(name = "forget-server", mixinStandardHelpOptions = true,
    description = {"Forget the recorded certificate of --server for this profile, after the server's certificate "
        + "was really replaced; the next connection trusts and records the certificate it sees. Check the new "
        + "certificate's fingerprint with the server's operator, or pass --ca-cert instead."},
    footer = {"", "Examples:", "  quicnprotochat forget-server --server chat.example.org:7443 -u alice"})
public final class ForgetServerCommand extends ProfileCommand {
  public ForgetServerCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    ServerAddress server = session.profile().options().server();
    if (session.profile().knownServers().forget(server)) {
      session.display().line("* forgot the certificate of " + server + "; the next connection records the one it sees");
    } else {
      session.display().line("* no certificate of " + server + " was recorded; the next connection records the one "
          + "it sees");
    }
  }
}
