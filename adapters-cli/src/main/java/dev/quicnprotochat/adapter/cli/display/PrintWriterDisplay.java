package dev.quicnprotochat.adapter.cli.display;

import java.io.PrintWriter;
import java.util.Objects;

/// Lines to one writer and errors to another (which may be the same), each flushed at once so a program reading
/// the output sees every line as it happens.
public final class PrintWriterDisplay implements Display {
  private final PrintWriter out;
  private final PrintWriter err;

  public PrintWriterDisplay(PrintWriter out, PrintWriter err) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  @Override
  public void line(String text) {
    synchronized (this) {
      out.println(text);
      out.flush();
    }
  }

  @Override
  public void error(String text) {
    synchronized (this) {
      err.println("error: " + text);
      err.flush();
    }
  }
}
