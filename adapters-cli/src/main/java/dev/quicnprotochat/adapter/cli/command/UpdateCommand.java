package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `update CONV`: rotates this client's keys in the group (post-compromise security).
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Rotate your keys in a group: someone who stole your current keys cannot read what comes next."},
    footer = {"", "Examples:", "  quicnprotochat update -u alice team"})
public final class UpdateCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The group.")
  String conversation;

  public UpdateCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).update(session.find(conversation));
  }
}
