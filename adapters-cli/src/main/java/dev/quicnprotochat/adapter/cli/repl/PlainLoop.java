package dev.quicnprotochat.adapter.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/// The REPL reading lines from a pipe (stdin is not a terminal, or `--stdin`): the same commands and output as on
/// a terminal, without prompt, colours or history; end of input is `/quit`.
public final class PlainLoop {
  private PlainLoop() {}

  public static void run(Repl repl, InputStream input) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (!repl.handle(line)) {
        return;
      }
    }
  }
}
