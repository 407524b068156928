package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `send CONV TEXT...` or `send --all TEXT...`.
@Command(name = "send", mixinStandardHelpOptions = true,
    description = {"Send a message to a conversation; prints nothing when it was sent.",
        "With --all, send it to every group and direct chat you are in (not the notepad); each failure is "
            + "printed with the conversation's title.",
        "Words after CONV are joined by spaces; quote the text to keep several spaces."},
    footer = {"", "Examples:", "  quicnprotochat send -u alice team \"lunch at noon?\"",
        "  quicnprotochat send -u alice bob hello        # bob: the direct chat titled bob",
        "  quicnprotochat send -u alice --all \"back online\""})
public final class SendCommand extends ProfileCommand {
  @Option(names = "--all", description = "Send to every conversation instead of one (then no CONV).")
  boolean all;

  @Parameters(arity = "1..*", paramLabel = "CONV TEXT", description = "The conversation, then the text.")
  List<String> words;

  public SendCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) {
    MessageActions messages = new MessageActions(session);
    if (all) {
      messages.sendToAll(String.join(" ", words));
      return;
    }
    if (words.size() < 2) {
      throw CliFailure.usage("send CONV TEXT: name the conversation, then the text (or use --all TEXT)");
    }
    messages.send(session.find(words.getFirst()), String.join(" ", words.subList(1, words.size())));
  }
}
