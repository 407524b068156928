package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import picocli.CommandLine.Command;

/// `register`: creates the account (OPAQUE: the server never sees the password), logs in and publishes key packages.
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Register a new account on the server, log in and publish key packages.",
        "Any command that talks to the server registers a new username by itself; this one only registers."},
    footer = {"", "Examples:", "  QUICNPROTOCHAT_PASSWORD=... quicnprotochat register -u alice --server 127.0.0.1:7000",
        "  quicnprotochat register -u alice --auth-token ACCESS-CODE   (asks for the passwords)"})
public final class RegisterCommand extends ProfileCommand {
  public RegisterCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    new AccountActions(session).register();
  }
}
