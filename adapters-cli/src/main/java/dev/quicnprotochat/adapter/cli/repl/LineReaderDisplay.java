package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.display.Display;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/// Prints above the prompt: what the user is typing stays intact and is redrawn below the new line.
final class LineReaderDisplay implements Display {
  private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
  private static final AttributedStyle NOTICE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

  private final LineReader reader;

  LineReaderDisplay(LineReader reader) {
    this.reader = reader;
  }

  @Override
  public void line(String text) {
    reader.printAbove(text.startsWith("* ") ? new AttributedString(text, NOTICE) : new AttributedString(text));
  }

  @Override
  public void error(String text) {
    reader.printAbove(new AttributedString("error: " + text, ERROR));
  }
}
