package dev.quicnprotochat.adapter.cli.display;

import java.util.Objects;

/// One line for a result: either what happened, or an error (printed after `error: `).
public record Outcome(String text, boolean failure) {
  public Outcome {
    Objects.requireNonNull(text, "text");
  }

  public static Outcome ok(String text) {
    return new Outcome(text, false);
  }

  public static Outcome error(String text) {
    return new Outcome(text, true);
  }
}
