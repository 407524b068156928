package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.ContactActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `resolve USER`: the user's identity key from the directory, checked against the recorded one.
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {"Look a user up and show their identity key fingerprint.",
        "The first answer is recorded; a later different key is reported, never silently accepted."},
    footer = {"", "Examples:", "  quicnprotochat resolve -u alice bob"})
public final class ResolveCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "USER", description = "The username to look up.")
  String user;

  public ResolveCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new ContactActions(session).resolve(user);
  }
}
