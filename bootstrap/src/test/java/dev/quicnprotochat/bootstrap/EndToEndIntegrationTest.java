package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Starts the real server process (the launcher's main class on this classpath) on an ephemeral port and runs
/// the client's `ping` command against it.
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EndToEndIntegrationTest {
  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+) ");

  @TempDir
  static Path dir;
  private static Process server;
  private static int port;
  private static final List<String> serverOutput = new ArrayList<>();

  @BeforeAll
  static void startServerProcess() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    server = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName(), "--listen", "127.0.0.1:0", "--data-dir", dir.resolve("data").toString())
        .redirectErrorStream(true)
        .start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      serverOutput.add(line);
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        port = Integer.parseInt(matcher.group(1));
        break;
      }
    }
    assertNotEquals(0, port, "server did not start: " + serverOutput);
    Thread.ofVirtual().start(() -> {
      try {
        lines.lines().forEach(serverOutput::add);
      } catch (java.io.UncheckedIOException closedWhenTheProcessExits) {
        // the rest of the output is gone with the process
      }
    });
  }

  @AfterAll
  static void stopServerProcess() throws InterruptedException {
    if (server != null) {
      server.destroy();
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server did not stop on SIGTERM");
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run client(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ClientMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void pingNegotiatesTls13AndQpcAlpnAndShowsVersionTimeAndRoundTrip() {
    Run run = client("ping", "--server", "127.0.0.1:" + port, "--state-dir", dir.resolve("state").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("(TLSv1.3, ALPN qpc/1)"), run.out());
    assertTrue(run.out().contains("version      " + Version.current()), run.out());
    assertTrue(Pattern.compile("server time  \\d{4}-\\d\\d-\\d\\dT").matcher(run.out()).find(), run.out());
    assertTrue(Pattern.compile("round trip   \\d+\\.\\d{3} ms").matcher(run.out()).find(), run.out());
    assertTrue(Files.exists(dir.resolve("state").resolve("known_servers")));
  }

  @Test
  void pingWithThePinnedServerCertificateSucceeds() {
    Run run = client("ping", "--server", "127.0.0.1:" + port, "--state-dir", dir.resolve("pinned").toString(),
        "--ca-cert", dir.resolve("data").resolve("server-cert.pem").toString());
    assertEquals(0, run.code(), run.err());
    assertFalse(Files.exists(dir.resolve("pinned").resolve("known_servers")), "pinning must not record TOFU");
  }

  @Test
  void changedCertificateIsRefusedWithOneLineSayingWhatToDo() throws IOException {
    Path state = dir.resolve("tofu");
    Files.createDirectories(state);
    Files.writeString(state.resolve("known_servers"), "127.0.0.1:" + port + " " + "0".repeat(64) + "\n");
    Run run = client("ping", "--server", "127.0.0.1:" + port, "--state-dir", state.toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("quicnprotochat ping: server certificate for 127.0.0.1:" + port + " changed"),
        run.err());
    assertTrue(run.err().contains("remove its line from"), run.err());
  }

  @Test
  void unreachableServerIsOneLineAndExitCodeOne() {
    Run run = client("ping", "--server", "127.0.0.1:9", "--connect-timeout", "1", "--state-dir",
        dir.resolve("state").toString());
    assertEquals(1, run.code());
    assertEquals("quicnprotochat ping: no answer from 127.0.0.1:9 within 1000 ms: is the server running and its "
        + "UDP port reachable?", run.err().strip());
  }

  @Test
  void badFlagIsUsageErrorWithoutStackTrace() {
    Run run = client("ping", "--sever", "x");
    assertEquals(2, run.code());
    assertFalse(run.err().contains("\tat "), run.err());
    assertTrue(run.err().contains("--help"), run.err());
  }

  @Test
  void helpExplainsEachOptionWithAnExample() {
    Run run = client("ping", "--help");
    assertEquals(0, run.code());
    for (String option : new String[] {"--server", "--state-dir", "--ca-cert", "--connect-timeout"}) {
      assertTrue(run.out().contains(option), option);
    }
    assertTrue(run.out().contains("Example: --server"), run.out());
  }

  @Test
  void serverLogsNoStackTraces() {
    assertFalse(String.join("\n", serverOutput).contains("\tat "), String.join("\n", serverOutput));
  }
}
