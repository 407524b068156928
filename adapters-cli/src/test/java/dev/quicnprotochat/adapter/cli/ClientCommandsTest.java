package dev.quicnprotochat.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClientCommandsTest {
  private static final Set<String> NAMES = Set.of("register", "login", "logout", "whoami", "resolve",
      "create-group", "invite", "remove", "leave", "update", "join", "send", "recv", "members", "list", "history",
      "dm", "chat", "repl", "forget-server");

  @Test
  void installAddsEveryClientCommandToTheRoot() {
    CommandLine root = new CommandLine(new CliHarness.Root());
    ClientCommands.install(root, new CliHarness().context());
    assertEquals(NAMES, root.getSubcommands().keySet());
  }

  @Test
  void commandsInstalledAfterTheRootWasConfiguredUseItsWritersAndHandlers() {
    CommandLine root = new CommandLine(new CliHarness.Root());
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    root.setOut(new java.io.PrintWriter(out, true));
    root.setErr(new java.io.PrintWriter(err, true));
    root.setParameterExceptionHandler((e, args) -> {
      err.write("launcher: " + e.getMessage());
      return 42;
    });
    ClientCommands.install(root, new CliHarness().context());

    assertEquals(0, root.execute("list", "--help"));
    assertTrue(out.toString().contains("Examples:"), out.toString());
    assertEquals(42, root.execute("remove", "-u", "alice", "team"));
    assertTrue(err.toString().startsWith("launcher: Missing required parameter"), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"register", "login", "logout", "whoami", "resolve", "create-group", "invite", "remove",
      "leave", "update", "join", "send", "recv", "members", "list", "history", "dm", "chat", "repl",
      "forget-server"})
  void everyCommandsHelpShowsExamplesAndNoAccountPasswordFlag(String name) {
    CliHarness cli = new CliHarness();
    assertEquals(0, cli.run(name, "--help"));
    assertTrue(cli.out().contains("Examples:"), cli.out());
    assertTrue(cli.out().contains("  quicnprotochat " + name), cli.out());
    assertTrue(cli.out().contains("--no-state-password"), cli.out());
    assertTrue(cli.out().contains("--state-password"), cli.out());
    assertTrue(cli.out().contains("QUICNPROTOCHAT_PASSWORD"), "says where the account password comes from");
    assertFalse(cli.out().matches("(?s).*(^|\\s)--password\\b.*"), "no account-password flag: " + cli.out());
    assertTrue(cli.opened.isEmpty(), "help opens no profile");
  }
}
