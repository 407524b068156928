package dev.quicnprotochat.bootstrap.command;

import dev.quicnprotochat.adapter.quic.BenchReport;
import dev.quicnprotochat.adapter.quic.BenchSettings;
import dev.quicnprotochat.adapter.quic.LoadResult;
import dev.quicnprotochat.adapter.quic.TransportBenchmark;
import dev.quicnprotochat.bootstrap.Version;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `quicnprotochat bench ping`: ping through the whole stack next to a raw QUIC echo baseline on the same codec,
/// both servers in this process on loopback.
@Command(name = "ping", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    sortOptions = false,
    description = {"Measure ping calls/s and latency against a raw QUIC echo baseline (same stack, same payload),",
        "with in-process servers on loopback. Bounded by --calls and --max-seconds."},
    footer = {"", "Examples:", "  quicnprotochat bench ping",
        "  quicnprotochat bench ping --connections 4 --in-flight 8 --calls 50000"})
public final class BenchPingCommand implements Callable<Integer> {
  @Option(names = "--connections", paramLabel = "N", defaultValue = "1",
      description = {"QUIC connections. Default: ${DEFAULT-VALUE}. Example: --connections 4"})
  int connections;

  @Option(names = "--in-flight", paramLabel = "M", defaultValue = "32",
      description = {"Calls in flight per connection. Default: ${DEFAULT-VALUE}. Example: --in-flight 8"})
  int inFlight;

  @Option(names = "--calls", paramLabel = "COUNT", defaultValue = "20000",
      description = {"Measured calls per variant. Default: ${DEFAULT-VALUE}. Example: --calls 50000"})
  int calls;

  @Option(names = "--warmup", paramLabel = "COUNT", defaultValue = "50000",
      description = {"Unmeasured calls per variant first. Default: ${DEFAULT-VALUE}. Example: --warmup 0"})
  int warmup;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "5",
      description = {"Measured rounds per variant, alternating ping and echo; the median round is reported.",
          "Default: ${DEFAULT-VALUE}. Example: --rounds 5"})
  int rounds;

  @Option(names = "--max-seconds", paramLabel = "SECONDS", defaultValue = "30",
      description = {"Stop each run after this long even if calls remain. Default: ${DEFAULT-VALUE}.",
          "Example: --max-seconds 10"})
  int maxSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    BenchSettings settings;
    try {
      settings = new BenchSettings(connections, inFlight, calls, Duration.ofSeconds(maxSeconds), warmup,
          rounds);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "transport benchmark: loopback, %d connection(s) x %d in flight, %d calls per variant "
        + "and round, %d round(s) (+%d warm-up)%n", connections, inFlight, calls, rounds, warmup);
    out.flush();
    BenchReport report = TransportBenchmark.run(settings, Version.current());
    out.printf(Locale.ROOT, "request payload %d bytes; java %s, %d cpus%n", report.payloadBytes(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%-16s %10s %9s %9s %12s %8s %8s%n", "variant", "calls/s", "p50 ms", "p99 ms",
        "cpu us/call", "calls", "failures");
    print(out, report.ping());
    print(out, report.echo());
    out.printf(Locale.ROOT, "ping / raw echo  %.1f %% of raw echo throughput (median rounds), %.1f %% by CPU per call "
        + "(all rounds)%n", report.ratio() * 100, report.cpuRatio() * 100);
    out.printf(Locale.ROOT, "rounds (calls/s): ping %s; echo %s%n", rates(report.pingRounds()),
        rates(report.echoRounds()));
    long failures = report.pingRounds().stream().mapToLong(LoadResult::failures).sum()
        + report.echoRounds().stream().mapToLong(LoadResult::failures).sum();
    return failures == 0 ? 0 : Cli.FAILED;
  }

  private static String rates(List<LoadResult> rounds) {
    return String.join(" ", rounds.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.callsPerSecond())).toList());
  }

  private static void print(PrintWriter out, LoadResult result) {
    out.printf(Locale.ROOT, "%-16s %10.0f %9.3f %9.3f %12.1f %8d %8d%n", result.name(), result.callsPerSecond(),
        result.p50().toNanos() / 1e6, result.p99().toNanos() / 1e6, result.cpuMicrosPerCall(), result.calls(),
        result.failures());
  }
}
