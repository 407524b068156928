package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `history CONV [-n N]`: the latest messages of a conversation, from the local (encrypted) store.
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Show the latest messages of a conversation, oldest first (offline, from your local store).",
    footer = {"", "Examples:", "  quicnprotochat history -u alice team",
        "  quicnprotochat history -u alice team -n 100"})
public final class HistoryCommand extends ProfileCommand {
  @Parameters(index = "0", paramLabel = "CONV", description = "The conversation.")
  String conversation;

  @Option(names = "-n", paramLabel = "N", defaultValue = "" + MessageActions.DEFAULT_HISTORY,
      description = "How many messages (default ${DEFAULT-VALUE}).")
  int limit;

  public HistoryCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    new MessageActions(session).history(session.find(conversation), limit);
  }
}
