package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import picocli.CommandLine.Command;

/// `whoami`: the profile's identity and cached session, without calling the server.
@Command(name = "whoami", mixinStandardHelpOptions = true,
    description = "Show your username, server, identity key fingerprint and session expiry (offline).",
    footer = {"", "Examples:", "  quicnprotochat whoami -u alice"})
public final class WhoAmICommand extends ProfileCommand {
  public WhoAmICommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    new AccountActions(session).whoAmI();
  }
}
