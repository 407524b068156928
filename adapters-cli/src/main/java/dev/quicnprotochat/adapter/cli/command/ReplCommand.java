package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.repl.Repl;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import java.io.InputStream;
import picocli.CommandLine.Command;

/// `repl`: the interactive client.
@Command(name = "repl", mixinStandardHelpOptions = true,
    description = {"The interactive client: messages arrive as they are sent, invitations are joined by themselves.",
        "Type /help for the commands; any other line is sent to the current conversation.",
        "A new username is registered on first use."},
    footer = {"", "Examples:", "  quicnprotochat repl --server 127.0.0.1:7000 --username alice",
        "  printf '/group team\\n/invite bob\\nhello\\n' | quicnprotochat repl -u alice   # scripted, via stdin"})
public final class ReplCommand extends ReplBase {
  public ReplCommand(CliContext context, InputStream stdin) {
    super(context, stdin);
  }

  @Override
  void start(ClientSession session, Repl repl) {}
}
