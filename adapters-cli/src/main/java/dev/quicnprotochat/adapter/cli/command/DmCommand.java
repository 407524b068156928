package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.ContactActions;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `dm USER [TEXT...]`: opens (creating if needed) the direct chat with USER; with TEXT also sends it.
@Command(name = "dm", mixinStandardHelpOptions = true,
    description = {"Open the direct chat with a user (created and the user invited on first use); with TEXT, "
        + "also send it.", "A direct chat with yourself is your notepad: stored locally, never sent."},
    footer = {"", "Examples:", "  quicnprotochat dm -u alice bob",
        "  quicnprotochat dm -u alice bob \"are you there?\"",
        "  quicnprotochat dm -u alice alice \"buy milk\"   # the notepad"})
public final class DmCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "USER", description = "Whom to talk to.")
  String user;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEXT", description = "A message to send at once.")
  List<String> text;

  public DmCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    var chat = new ContactActions(session).openDirectChat(user);
    if (text == null || text.isEmpty()) {
      return;
    }
    var conversation = chat.orElseThrow(() -> new CliFailure("the message was not sent: the direct chat is not "
        + "ready yet (run 'join' once the invitation has arrived, then send again)"));
    new MessageActions(session).send(conversation, String.join(" ", text));
  }
}
