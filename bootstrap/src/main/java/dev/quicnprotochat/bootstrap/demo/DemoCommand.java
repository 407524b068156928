package dev.quicnprotochat.bootstrap.demo;

import dev.quicnprotochat.bootstrap.command.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `quicnprotochat demo`: starts a server on the embedded default store in a temporary directory and runs three
/// users through it, printing every step.
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    description = {"Start a server on the embedded file store in a temporary directory and, through it, three users "
        + "who register, form an MLS group, exchange messages, update keys and remove a member.",
        "Everything is real: QUIC + TLS 1.3 on loopback, OPAQUE, MLS cipher suite 1, durable inboxes, push."},
    footer = {"", "Examples:", "  quicnprotochat demo", "  quicnprotochat demo --keep --data-dir /tmp/qpc-demo"})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Server data directory (default: a new temporary directory, deleted afterwards).")
  Path dataDir;

  @Option(names = "--keep", description = "Keep the data directory afterwards, to look at what the server stored.")
  boolean keep;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("quicnprotochat-demo-");
    long started = System.nanoTime();
    try (Demo demo = new Demo(out)) {
      demo.run(dir);
    } finally {
      if (dataDir == null && !keep) {
        deleteTree(dir);
      }
    }
    out.printf("done in %.1f s%s%n", (System.nanoTime() - started) / 1e9,
        keep || dataDir != null ? "; server data kept in " + dir : "");
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
