package dev.quicnprotochat.adapter.cli.display;

/// Where a command's lines go. One-shot commands print lines on stdout and errors on stderr; the REPL prints both
/// in its own transcript (above the prompt when interactive). Implementations are safe from any thread: the inbox
/// watch prints while the user types.
public interface Display {

  /// One line of output, as is.
  void line(String text);

  /// One error line; the display adds the `error: ` prefix.
  void error(String text);
}
