package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import picocli.CommandLine.Command;

/// `join`: reads the inbox now, joining every group whose invitation (Welcome) is waiting.
@Command(name = "join", mixinStandardHelpOptions = true,
    description = {"Read the inbox now: join every group you were invited to, and show what else arrived.",
        "The REPL and 'recv --wait' do this by themselves as invitations arrive."},
    footer = {"", "Examples:", "  quicnprotochat join -u bob"})
public final class JoinCommand extends ProfileCommand {
  public JoinCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    boolean joined = new MessageActions(session).processInbox().stream()
        .anyMatch(InboxEvent.JoinedGroup.class::isInstance);
    if (!joined) {
      session.display().line("* no pending invitations");
    }
  }
}
