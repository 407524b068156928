package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.AccountActions;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import picocli.CommandLine.Command;

/// `logout`: revokes the session on the server and forgets the cached token. It starts from the session like every
/// server command (the cached token, so the server can revoke exactly that one).
@Command(name = "logout", mixinStandardHelpOptions = true,
    description = "Revoke the session on the server and forget the cached token (your keys and history stay).",
    footer = {"", "Examples:", "  quicnprotochat logout -u alice"})
public final class LogoutCommand extends ProfileCommand {
  public LogoutCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new AccountActions(session).logout();
  }
}
