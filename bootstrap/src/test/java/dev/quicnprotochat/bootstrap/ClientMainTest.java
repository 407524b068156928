package dev.quicnprotochat.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.persistence.file.state.StateKdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.bootstrap.profile.ProfileCosts;
import dev.quicnprotochat.bootstrap.profile.ProfileOpener;
import dev.quicnprotochat.opaque.Ksf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// The launcher with the client commands installed over real profiles (offline: no server is needed for these).
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientMainTest {

  private static final ProfileOpener PROFILES = new ProfileOpener(new ProfileCosts(new StateKdfParameters(64, 1, 1),
      new KdfParameters(64, 1, 1), new Ksf.Argon2id(256, 1, 1)));

  @TempDir
  Path home;

  private record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ClientMain.run(args, new PrintWriter(out), new PrintWriter(err), PROFILES, env);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommand() {
    Run help = run(Map.of(), "--help");
    assertEquals(0, help.code());
    for (String command : List.of("demo", "ping", "bench", "register", "login", "logout", "whoami", "resolve",
        "create-group", "invite", "remove", "leave", "update", "join", "send", "recv", "members", "list", "history",
        "dm", "chat", "repl")) {
      assertTrue(help.out().lines().anyMatch(line -> line.strip().startsWith(command + " ")), command);
    }
  }

  @Test
  void profilesLiveUnderQuicnprotochatHomeAndAWrongStatePasswordIsOneLineWithoutStackTrace() {
    Map<String, String> right = Map.of(ClientMain.HOME_ENV, home.toString(),
        "QUICNPROTOCHAT_STATE_PASSWORD", "right");
    Run list = run(right, "list", "-u", "alice");
    assertEquals(0, list.code(), list.all());
    assertTrue(Files.exists(home.resolve("alice").resolve(ProfileOpener.CONVERSATIONS_FILE)), "state in the home");

    Run wrong = run(Map.of(ClientMain.HOME_ENV, home.toString(), "QUICNPROTOCHAT_STATE_PASSWORD", "wrong"),
        "list", "-u", "alice");
    assertEquals(1, wrong.code());
    assertEquals(1, wrong.all().strip().lines().count(), wrong.all());
    assertTrue(wrong.all().contains("wrong password for the client state in " + home.resolve("alice")),
        wrong.all());
    assertFalse(wrong.all().contains("\tat "), wrong.all());
  }
}
