package dev.quicnprotochat.bootstrap;

import dev.quicnprotochat.bootstrap.command.Cli;
import dev.quicnprotochat.bootstrap.command.BenchCommand;
import dev.quicnprotochat.bootstrap.command.PingCommand;
import dev.quicnprotochat.bootstrap.demo.DemoCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `quicnprotochat`: the client launcher. For now it holds `demo`, `ping` and `bench`; the full client
/// (adapters-cli) adds its commands here.
@Command(name = "quicnprotochat", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = "End-to-end encrypted group messaging over QUIC + TLS 1.3 + MLS.",
    subcommands = {DemoCommand.class, PingCommand.class, BenchCommand.class},
    footer = {"", "Examples:", "  quicnprotochat demo", "  quicnprotochat ping --server 127.0.0.1:7000", "  quicnprotochat bench ping",
        "  quicnprotochat ping --help"})
public final class ClientMain implements Runnable {
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
    return Cli.execute(new ClientMain(), out, err, args);
  }
}
