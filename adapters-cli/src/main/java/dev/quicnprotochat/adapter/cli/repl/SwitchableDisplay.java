package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.display.Display;
import java.util.Objects;

/// A display whose target changes once the terminal is ready (lines printed before go to plain stdout).
public final class SwitchableDisplay implements Display {
  private volatile Display target;

  public SwitchableDisplay(Display initial) {
    this.target = Objects.requireNonNull(initial, "initial");
  }

  public void switchTo(Display next) {
    target = Objects.requireNonNull(next, "next");
  }

  @Override
  public void line(String text) {
    target.line(text);
  }

  @Override
  public void error(String text) {
    target.error(text);
  }
}
