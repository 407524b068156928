package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `leave CONV`: asks the other members to remove this client and drops the group's keys (history stays).
@Command(name = "leave", mixinStandardHelpOptions = true,
    description = {"Leave a group: the other members' clients commit your removal; your copy of its history stays."},
    footer = {"", "Examples:", "  quicnprotochat leave -u carol team"})
public final class LeaveCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The group.")
  String conversation;

  public LeaveCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).leave(session.find(conversation));
  }
}
