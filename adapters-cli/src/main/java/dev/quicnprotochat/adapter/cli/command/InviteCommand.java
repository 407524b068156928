package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.GroupActions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `invite CONV USER...`: adds users to a group; they join automatically when their client next reads its inbox.
@Command(name = "invite", mixinStandardHelpOptions = true,
    description = {"Add users to a group. Each one joins by itself the next time their client reads its inbox.",
        "CONV is a conversation's title, a unique title prefix, or a prefix of its id (see 'list')."},
    footer = {"", "Examples:", "  quicnprotochat invite -u alice team bob",
        "  quicnprotochat invite -u alice team bob carol"})
public final class InviteCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The group.")
  String conversation;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "USER", description = "The users to add.")
  List<String> users;

  public InviteCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    new GroupActions(session).invite(session.find(conversation), users);
  }
}
