package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `members CONV`: who can read the group, as this client's MLS state has it.
@Command(name = "members", mixinStandardHelpOptions = true,
    description = "List the members of a group (the people who can read it), you marked '(you)'.",
    footer = {"", "Examples:", "  quicnprotochat members -u alice team"})
public final class MembersCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The group or direct chat.")
  String conversation;

  public MembersCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).members(session.find(conversation));
  }
}
