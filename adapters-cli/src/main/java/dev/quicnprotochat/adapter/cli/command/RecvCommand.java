package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.repl.InboxPrinter;
import dev.quicnprotochat.adapter.cli.repl.WatchSettings;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import dev.quicnprotochat.application.port.in.client.InboxWatch;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `recv [--wait SECONDS]`: reads the inbox once, or keeps receiving for a while.
@Command(name = "recv", mixinStandardHelpOptions = true,
    description = {"Read the inbox once and print what arrived (messages, invitations joined, membership changes).",
        "With --wait, keep receiving by push for that many seconds, printing each arrival at once."},
    footer = {"", "Examples:", "  quicnprotochat recv -u bob", "  quicnprotochat recv -u bob --wait 60"})
public final class RecvCommand extends ProfileCommand {
  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
      description = "Keep receiving for this many seconds (default: read once and exit).")
  long waitSeconds;

  public RecvCommand(CliContext context) {
    super(context);
  }

  @Override
  void run(ClientSession session) throws InterruptedException {
    if (waitSeconds < 0) {
      throw CliFailure.usage("--wait takes a number of seconds, not " + waitSeconds);
    }
    if (waitSeconds == 0) {
      new MessageActions(session).processInbox();
      return;
    }
    var settings = WatchSettings.of(context.env(EnvironmentVariables.POLL_SECONDS),
        context.env(EnvironmentVariables.BACKOFF_MILLIS));
    InboxPrinter printer = new InboxPrinter(session, processed -> { });
    try (InboxWatch watch = session.profile().watchInbox().watch(settings, printer)) {
      printer.awaitStopped(Duration.ofSeconds(waitSeconds));
    } finally {
      printer.close();
    }
  }
}
