package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import picocli.CommandLine.Command;

/// `list`: every conversation kept locally.
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"List your conversations (groups, direct chats, the notepad), oldest first, with their kind and "
        + "short id; any command taking CONV accepts the title, a unique title prefix, or an id prefix."},
    footer = {"", "Examples:", "  quicnprotochat list -u alice"})
public final class ListCommand extends ProfileCommand {
  public ListCommand(CliContext context) {
    super(context);
  }

  @Override
  boolean needsSession() {
    return false;
  }

  @Override
  void run(ClientSession session) {
    new MessageActions(session).list();
  }
}
