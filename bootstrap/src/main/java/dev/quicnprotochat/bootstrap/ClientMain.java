package dev.quicnprotochat.bootstrap;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.ClientCommands;
import dev.quicnprotochat.adapter.cli.ClientProfiles;
import dev.quicnprotochat.bootstrap.command.BenchCommand;
import dev.quicnprotochat.bootstrap.command.Cli;
import dev.quicnprotochat.bootstrap.command.PingCommand;
import dev.quicnprotochat.bootstrap.config.ClientConfig;
import dev.quicnprotochat.bootstrap.demo.DemoCommand;
import dev.quicnprotochat.bootstrap.profile.ProfileOpener;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `quicnprotochat`: the client launcher. `demo`, `ping` and `bench` live here; the client commands and the REPL
/// (adapters-cli) are installed over profiles opened by [ProfileOpener].
@Command(name = "quicnprotochat", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = "End-to-end encrypted group messaging over QUIC + TLS 1.3 + MLS.",
    subcommands = {DemoCommand.class, PingCommand.class, BenchCommand.class},
    footer = {"", "State: ~/.quicnprotochat/<username>, or $" + ClientMain.HOME_ENV + "/<username>.",
        "", "Examples:", "  quicnprotochat demo", "  quicnprotochat repl --server 127.0.0.1:7000 --username alice",
        "  quicnprotochat send -u alice team \"lunch at noon?\"", "  quicnprotochat ping --server 127.0.0.1:7000",
        "  quicnprotochat bench ping", "  quicnprotochat repl --help"})
public final class ClientMain implements Runnable {
  /// The directory holding one state directory per user (`<home>/<username>`).
  public static final String HOME_ENV = "QUICNPROTOCHAT_HOME";

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // a console program: only warnings and errors reach the terminal unless the user asks for more
    if (System.getProperty(LogLevel.PROPERTY) == null) {
      System.setProperty(LogLevel.PROPERTY, "WARN");
    }
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new ProfileOpener(), System.getenv());
  }

  /// With the profiles and environment given (tests).
  static int run(String[] args, PrintWriter out, PrintWriter err, ClientProfiles profiles, Map<String, String> env) {
    CommandLine line = Cli.configure(new ClientMain(), out, err);
    ClientCommands.install(line, new CliContext(profiles, env, stateRoot(env)));
    return Cli.execute(line, args);
  }

  /// `QUICNPROTOCHAT_HOME`, else `~/.quicnprotochat`.
  static Path stateRoot(Map<String, String> env) {
    String home = env.get(HOME_ENV);
    return home == null || home.isBlank() ? ClientConfig.defaultStateDir() : Path.of(home);
  }
}
