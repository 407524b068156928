package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.display.PrintWriterDisplay;
import dev.quicnprotochat.adapter.cli.repl.InboxPrinter;
import dev.quicnprotochat.adapter.cli.repl.InteractiveLoop;
import dev.quicnprotochat.adapter.cli.repl.PlainLoop;
import dev.quicnprotochat.adapter.cli.repl.Repl;
import dev.quicnprotochat.adapter.cli.repl.SwitchableDisplay;
import dev.quicnprotochat.adapter.cli.repl.WatchSettings;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.application.port.in.client.InboxWatch;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Option;

/// What `repl` and `chat` share: a session, the inbox watch printing what arrives, and the REPL on the terminal
/// (or on stdin when it is not one). Everything, errors included, goes to stdout as one transcript.
abstract class ReplBase extends ProfileCommand {
  @Option(names = "--stdin", description = {"Read commands from stdin line by line, without prompt or line editing "
      + "(automatic when stdin is not a terminal). End of input quits."})
  boolean stdinMode;

  @Option(names = "--poll-seconds", hidden = true, paramLabel = "SECONDS",
      description = "While no push subscription can be opened, poll this often (env QUICNPROTOCHAT_POLL_SECONDS).")
  String pollSeconds;

  @Option(names = "--backoff-millis", hidden = true, paramLabel = "MILLIS",
      description = "First reconnect delay (env QUICNPROTOCHAT_BACKOFF_MILLIS).")
  String backoffMillis;

  private final InputStream stdin;
  private Display plain;
  private SwitchableDisplay display;

  ReplBase(CliContext context, InputStream stdin) {
    super(context);
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /// Where the REPL starts; may print (e.g. the direct chat being opened).
  abstract void start(ClientSession session, Repl repl);

  @Override
  Display display(PrintWriter out, PrintWriter err) {
    plain = new PrintWriterDisplay(out, out);
    display = new SwitchableDisplay(plain);
    return display;
  }

  @Override
  void run(ClientSession session) throws Exception {
    var settings = WatchSettings.of(Optional.ofNullable(pollSeconds).or(() ->
        context.env(EnvironmentVariables.POLL_SECONDS)), Optional.ofNullable(backoffMillis).or(() ->
        context.env(EnvironmentVariables.BACKOFF_MILLIS)));
    Repl repl = new Repl(session);
    rememberMembers(session);
    start(session, repl);
    boolean interactive = !stdinMode && Passwords.terminal().isPresent();
    InboxPrinter printer = new InboxPrinter(session, repl::afterDrain);
    try (InboxWatch watch = session.profile().watchInbox().watch(settings, printer)) {
      if (interactive) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
          InteractiveLoop.run(session, repl, display, plain, terminal);
        }
      } else {
        PlainLoop.run(repl, stdin);
      }
    } finally {
      printer.close();
    }
  }

  /// Learns the members of every group, so membership changes and completion show names.
  private static void rememberMembers(ClientSession session) {
    for (Conversation conversation : session.profile().listConversations().listConversations()) {
      if (conversation.kind() != ConversationKind.NOTEPAD) {
        session.members(ClientSession.group(conversation));
      }
    }
  }
}
