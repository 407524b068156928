package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `remove CONV USER`: removes a member; from the next epoch on they can no longer read the group.
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove a member from a group: they cannot read anything sent after it.",
    footer = {"", "Examples:", "  quicnprotochat remove -u alice team carol"})
public final class RemoveCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The group.")
  String conversation;

  @Parameters(index = "1", paramLabel = "USER", description = "The member to remove.")
  String user;

  public RemoveCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).remove(session.find(conversation), user);
  }
}
