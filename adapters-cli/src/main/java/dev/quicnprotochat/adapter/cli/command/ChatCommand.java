package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.repl.Repl;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.ContactActions;
import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `chat USER`: the REPL, in the direct chat with USER.
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = {"The REPL in the direct chat with a user: every line you type is sent to them.",
        "If they opened the chat first, it switches to it as soon as their invitation arrives."},
    footer = {"", "Examples:", "  quicnprotochat chat -u alice bob",
        "  quicnprotochat chat -u alice alice   # your notepad"})
public final class ChatCommand extends ReplBase {
  @Parameters(index = "0", paramLabel = "USER", description = "Whom to talk to.")
  String user;

  public ChatCommand(CliContext context, InputStream stdin) {
    super(context, stdin);
  }

  @Override
  void start(ClientSession session, Repl repl) {
    new ContactActions(session).openDirectChat(user).ifPresentOrElse(repl::focus,
        () -> repl.awaitDirectChat(ClientSession.username(user).value()));
  }
}
