package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import picocli.CommandLine.Command;

/// `login`: a fresh OPAQUE login whose session token is cached (sealed) in the state directory.
@Command(name = "login", mixinStandardHelpOptions = true,
    description = {"Log in with your password and cache the session in the state directory.",
        "Other commands log in by themselves when the cached session is missing or expired."},
    footer = {"", "Examples:", "  quicnprotochat login -u alice",
        "  QUICNPROTOCHAT_PASSWORD=... quicnprotochat login -u alice --server chat.example.org:7000"})
public final class LoginCommand extends ProfileCommand {
  public LoginCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    new AccountActions(session).login();
  }
}
