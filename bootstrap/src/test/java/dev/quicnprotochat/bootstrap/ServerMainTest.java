package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.bootstrap.command.Cli;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ServerMainTest {
  private record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new ServerMain(env, new CountDownLatch(0)), new PrintWriter(out), new PrintWriter(err),
        args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpHasAFlagWithAnExampleForEveryConfigKey() {
    Run run = run(Map.of(), "--help");
    assertEquals(0, run.code());
    // picocli wraps long descriptions: compare with the line breaks and indentation folded away
    String help = run.out().replaceAll("\\s+", " ");
    for (String key : ServerConfigLoader.KEYS) {
      String flag = "--" + key.replace('_', '-');
      assertTrue(help.contains(flag), flag);
      assertTrue(help.contains("Example: " + flag), "no example for " + flag);
    }
    assertTrue(help.contains("QUICNPROTOCHAT_"), "help must name the env vars");
  }

  @Test
  void badEnvValueIsOneLineAndExitCodeOne() {
    Run run = run(Map.of("QUICNPROTOCHAT_IDLE_TIMEOUT_SECONDS", "soon"));
    assertEquals(Cli.FAILED, run.code());
    assertEquals("quicnprotochat-server: idle_timeout_seconds (from env QUICNPROTOCHAT_IDLE_TIMEOUT_SECONDS) must "
        + "be a whole number, got 'soon'", run.err().strip());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run(Map.of(), "--listne", "1.2.3.4:5");
    assertEquals(Cli.USAGE, run.code());
    assertTrue(run.err().startsWith("quicnprotochat-server: Unknown option"), run.err());
    assertEquals(2, run.err().lines().count(), run.err());
  }
}
