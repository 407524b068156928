package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `create-group TITLE`: a new group with this user as its only member.
@Command(name = "create-group", mixinStandardHelpOptions = true,
    description = "Create a group with you as its only member; invite others with 'invite'.",
    footer = {"", "Examples:", "  quicnprotochat create-group -u alice \"book club\"",
        "  quicnprotochat create-group -u alice team   # then: quicnprotochat invite -u alice team bob carol"})
public final class CreateGroupCommand extends ProfileCommand {
  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The group's title (words are joined by spaces).")
  List<String> title;

  public CreateGroupCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).createGroup(String.join(" ", title));
  }
}
