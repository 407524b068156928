package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.command.Boundary;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/// The REPL on a terminal (JLine): a coloured prompt naming the current conversation, incoming lines printed above
/// the line being typed, tab completion, and a history kept only in the sealed state. Ctrl-C clears the line,
/// Ctrl-D (or /quit) leaves.
public final class InteractiveLoop {
  private static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

  private InteractiveLoop() {}

  /// Runs until the user quits; `display` prints above the prompt meanwhile and goes back to its former target
  /// afterwards. Returns the history (saved after each line).
  public static SealedHistory run(ClientSession session, Repl repl, SwitchableDisplay display, Display plain,
                                  Terminal terminal) {
    SealedHistory history = new SealedHistory(session.profile().commandHistory());
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("quicnprotochat")
        .history(history)
        .completer(new ReplCompleter(session))
        .option(LineReader.Option.HISTORY_INCREMENTAL, false)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    display.switchTo(new LineReaderDisplay(reader));
    try {
      while (true) {
        String line;
        try {
          line = reader.readLine(prompt(repl, terminal));
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          return history;
        }
        save(history, display);
        if (!repl.handle(line)) {
          return history;
        }
      }
    } finally {
      display.switchTo(plain);
    }
  }

  private static void save(SealedHistory history, Display display) {
    try {
      history.save();
    } catch (RuntimeException e) {
      Boundary.describe(e).ifPresent(message -> display.error("saving the REPL history: " + message));
    }
  }

  static String prompt(Repl repl, Terminal terminal) {
    String title = repl.current().map(Text::title).orElse("quicnprotochat");
    return new AttributedString(title + "> ", PROMPT).toAnsi(terminal);
  }
}
