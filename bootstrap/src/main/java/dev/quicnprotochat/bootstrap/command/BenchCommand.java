package dev.quicnprotochat.bootstrap.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `quicnprotochat bench`: load generators; `bench ping` measures the transport, `bench delivery` the server.
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = "Benchmarks that run on this machine only (loopback).",
    subcommands = {BenchPingCommand.class, BenchDeliveryCommand.class},
    footer = {"", "Example:", "  quicnprotochat bench ping --connections 1 --in-flight 32"})
public final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
