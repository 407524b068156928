package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.bootstrap.testing.ChildProcess;
import dev.quicnprotochat.bootstrap.testing.ChildProcess.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Issue 8's done-when, with real processes: a server process (ServerMain) and three client processes
/// (`quicnprotochat repl --stdin`, the REPL reading its input from a pipe) that register, form one group through
/// invitations, and talk. The inbox is polled only every 600 s, so everything that arrives within the test's
/// timeouts arrived by push. A removed member says so and prints nothing later; a client killed mid-conversation
/// and started again shows its history and keeps receiving; no file under any state or data directory holds a
/// message's text.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClientProcessesEndToEndIntegrationTest {

  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration STEP = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+) ");

  @TempDir
  Path dir;

  private final Transcript transcript = new Transcript();
  private final List<ChildProcess> processes = new ArrayList<>();
  private final List<String> markers = new ArrayList<>();
  private final SecureRandom random = new SecureRandom();
  private int port;

  @AfterEach
  void stopEveryProcess() throws InterruptedException {
    for (ChildProcess process : processes.reversed()) {
      process.close();
    }
  }

  @Test
  void threeClientProcessesJoinTalkByPushSurviveARestartAndLeaveNoPlaintext() throws Exception {
    ChildProcess server = startServer();
    ChildProcess alice = startClient("alice");
    ChildProcess bob = startClient("bob");
    ChildProcess carol = startClient("carol");
    for (ChildProcess client : List.of(alice, bob, carol)) {
      client.expectLine(SUBSCRIBED, START);
    }

    // alice forms the group; each invitation is joined automatically by the invitee's running REPL
    alice.send("/group team");
    alice.expectLine("^\\* created group team$", STEP);
    alice.send("/invite bob");
    alice.expectLine("^\\* invited bob to team \\(epoch 1\\)", STEP);
    String bobsTitle = bob.expectLine("^\\* joined (.+) \\(invited by alice, 2 members\\)$", STEP).group(1);
    alice.send("/invite carol");
    alice.expectLine("^\\* invited carol to team \\(epoch 2\\)", STEP);
    String carolsTitle = carol.expectLine("^\\* joined (.+) \\(invited by alice, 3 members\\)$", STEP).group(1);
    bob.expectLine(": alice added carol \\(epoch 2\\)$", STEP);
    bob.send("/switch " + bobsTitle);
    bob.expectLine("^\\* now in ", STEP);
    carol.send("/switch " + carolsTitle);
    carol.expectLine("^\\* now in ", STEP);

    // everyone's message reaches the two others
    String fromAlice = say(alice, "hello from alice");
    expectMessage(bob, bobsTitle, "alice", fromAlice);
    expectMessage(carol, carolsTitle, "alice", fromAlice);
    String fromBob = say(bob, "bob here");
    expectMessage(alice, "team", "bob", fromBob);
    expectMessage(carol, carolsTitle, "bob", fromBob);
    String fromCarol = say(carol, "carol here");
    expectMessage(alice, "team", "carol", fromCarol);
    expectMessage(bob, bobsTitle, "carol", fromCarol);

    // carol is removed: her client says so, and alice's next message reaches bob only
    alice.send("/remove carol");
    carol.expectLine("^\\* you were removed from " + Pattern.quote(carolsTitle) + " by alice$", STEP);
    bob.expectLine(": alice removed carol \\(epoch 3\\)$", STEP);
    String afterRemoval = say(alice, "carol cannot read this");
    expectMessage(bob, bobsTitle, "alice", afterRemoval);
    // carol's history ends with her own last message; by the time it is printed, bob had alice's newer one long
    // ago, which carol never gets
    carol.send("/history");
    expectMessage(carol, carolsTitle, "carol", fromCarol);
    assertTrue(carol.output().stream().noneMatch(line -> line.contains(afterRemoval)),
        "carol printed a message sent after her removal\n" + transcript.dump());

    // bob's process dies mid-conversation; what alice says meanwhile waits in his inbox
    bob.kill();
    String whileBobIsDown = say(alice, "bob missed this");
    ChildProcess bobAgain = startClient("bob");
    bobAgain.expectLine(SUBSCRIBED, START);
    expectMessage(bobAgain, bobsTitle, "alice", whileBobIsDown);
    bobAgain.send("/switch " + bobsTitle);
    bobAgain.expectLine("^\\* now in ", STEP);
    bobAgain.send("/history");
    for (String[] earlier : new String[][] {{"alice", fromAlice}, {"bob", fromBob}, {"carol", fromCarol},
        {"alice", afterRemoval}, {"alice", whileBobIsDown}}) {
      expectMessage(bobAgain, bobsTitle, earlier[0], earlier[1]);
    }
    String afterRestart = say(alice, "welcome back bob");
    expectMessage(bobAgain, bobsTitle, "alice", afterRestart);
    String bobAfterRestart = say(bobAgain, "bob is back");
    expectMessage(alice, "team", "bob", bobAfterRestart);

    for (ChildProcess client : List.of(alice, bobAgain, carol)) {
      client.send("/quit");
      assertEquals(0, client.awaitExit(STEP), client.name() + " quit\n" + transcript.dump());
    }
    server.close();

    List<Path> scanned = new ArrayList<>();
    scanned.addAll(filesUnder(dir.resolve("state")));
    scanned.addAll(filesUnder(dir.resolve("server-data")));
    assertTrue(scanned.stream().anyMatch(file -> file.endsWith("conversations.db")), scanned.toString());
    for (Path file : scanned) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String marker : markers) {
        assertFalse(content.contains(marker), file + " holds the plaintext of a message (" + marker + ")");
      }
    }
  }

  private static final String SUBSCRIBED = "^\\* connection: subscribed";

  /// Types a message with a fresh random marker into `client`'s current conversation; returns the text.
  private String say(ChildProcess client, String words) {
    String marker = "m" + HexFormat.of().formatHex(bytes(8));
    markers.add(marker);
    String text = words + " " + marker;
    client.send(text);
    return text;
  }

  private byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static void expectMessage(ChildProcess reader, String title, String sender, String text) {
    reader.expectLine("^\\[" + Pattern.quote(title) + "\\] " + Pattern.quote(sender) + ": " + Pattern.quote(text)
        + "$", STEP);
  }

  private ChildProcess startServer() throws IOException {
    ChildProcess server = ChildProcess.start("server", ServerMain.class,
        List.of("--listen", "127.0.0.1:0", "--data-dir", dir.resolve("server-data").toString()), Map.of(), dir,
        transcript);
    processes.add(server);
    port = Integer.parseInt(server.expectLine(LISTENING.pattern(), START).group(1));
    return server;
  }

  private ChildProcess startClient(String user) throws IOException {
    ChildProcess client = ChildProcess.start(user, ClientMain.class,
        List.of("repl", "--stdin", "--server", "127.0.0.1:" + port, "--username", user, "--state-dir",
            dir.resolve("state").resolve(user).toString()),
        Map.of("QUICNPROTOCHAT_PASSWORD", user + "'s account password",
            "QUICNPROTOCHAT_STATE_PASSWORD", user + "'s state password",
            "QUICNPROTOCHAT_POLL_SECONDS", "600",
            "QUICNPROTOCHAT_HOME", dir.resolve("home").toString()),
        dir, transcript);
    processes.add(client);
    return client;
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
