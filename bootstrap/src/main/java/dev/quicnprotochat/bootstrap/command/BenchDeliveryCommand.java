package dev.quicnprotochat.bootstrap.command;

import dev.quicnprotochat.adapter.quic.LoadResult;
import dev.quicnprotochat.bootstrap.bench.DeliveryComparison;
import dev.quicnprotochat.bootstrap.bench.DeliveryReport;
import dev.quicnprotochat.bootstrap.bench.DeliveryResult;
import dev.quicnprotochat.bootstrap.bench.DeliveryRound;
import dev.quicnprotochat.bootstrap.bench.DeliverySettings;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `quicnprotochat bench delivery`: durable message delivery through the real server and real clients, next to the
/// raw QUIC echo baseline of `bench ping`, in one process on loopback.
@Command(name = "delivery", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
    sortOptions = false,
    description = {"Measure delivered messages/s and end-to-end latency (send call to push-notified",
        "fetch) with K senders and L receivers over QUIC and a durable store, beside the",
        "raw QUIC echo baseline. After a warm-up of each, every one of --rounds rounds",
        "measures --messages deliveries and as many echo calls back to back (which goes",
        "first alternates); the verdict uses the median of the rounds' throughput ratios",
        "and the worst round's p99. In-process server on loopback, in a temporary data",
        "dir (or a temporary PostgreSQL schema), removed after. Bounded by --messages,",
        "--rounds and --max-seconds. Exit code 1 if a message was lost or a send failed."},
    footer = {"", "Examples:", "  quicnprotochat bench delivery --store file",
        "  quicnprotochat bench delivery --store postgres \\",
        "      --db-url 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'",
        "  quicnprotochat bench delivery --store sqlite --senders 8 --receivers 8 \\",
        "      --messages 50000",
        "  quicnprotochat bench delivery --rounds 9 --messages 20000"})
public final class BenchDeliveryCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "file|sqlite|sqlcipher|postgres", defaultValue = "file",
      description = {"Store backend. Default: ${DEFAULT-VALUE}. Example: --store sqlite"})
  String store;

  @Option(names = "--db-url", paramLabel = "URL",
      description = {"PostgreSQL JDBC URL for --store postgres (a schema qpc_bench_<random> is created and dropped).",
          "Example: --db-url 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'"})
  String dbUrl;

  @Option(names = "--senders", paramLabel = "K", defaultValue = "4",
      description = {"Sending clients. Default: ${DEFAULT-VALUE}. Example: --senders 8"})
  int senders;

  @Option(names = "--receivers", paramLabel = "L", defaultValue = "4",
      description = {"Receiving clients (push subscribed). Default: ${DEFAULT-VALUE}. Example: --receivers 8"})
  int receivers;

  @Option(names = "--in-flight", paramLabel = "M", defaultValue = "8",
      description = {"Send calls in flight per sender. Default: ${DEFAULT-VALUE}. Example: --in-flight 32"})
  int inFlight;

  @Option(names = "--messages", paramLabel = "COUNT", defaultValue = "40000",
      description = {"Measured messages (and echo calls) per round. Default: ${DEFAULT-VALUE}. "
          + "Example: --messages 100000"})
  int messages;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "5",
      description = {"Measured rounds, after the warm-ups. Each round runs a delivery phase of --messages messages "
          + "and a raw echo phase of as many calls back to back, on the same server and clients (delivery first in "
          + "odd rounds, echo first in even ones, so that a machine that speeds up or slows down during the run "
          + "favours neither). Each round reports its own ratio of delivered messages/s to echo calls/s; the "
          + "verdict against the target takes the median of these ratios and the worst round's p99. More rounds "
          + "make the median steadier on a noisy machine. Default: ${DEFAULT-VALUE}. Example: --rounds 9"})
  int rounds;

  @Option(names = "--warmup", paramLabel = "COUNT", defaultValue = "200000",
      description = {"Unmeasured messages (and echo calls) first, until the JIT has compiled the hot paths (the "
          + "report shows the JIT time left in the measured phases; below 60 000 the compilers still take a "
          + "large share of the CPU in the measured phase). Default: ${DEFAULT-VALUE}. Example: --warmup 20000"})
  int warmup;

  @Option(names = "--payload-bytes", paramLabel = "BYTES", defaultValue = "200",
      description = {"Message payload size. Default: ${DEFAULT-VALUE}. Example: --payload-bytes 1024"})
  int payloadBytes;

  @Option(names = "--push", paramLabel = "PACING", defaultValue = "per-fetch",
      description = {"Push subscription pacing: per-fetch (one event, then the next after the receiver fetched, as "
          + "the client's inbox watch subscribes) or per-entry (an event for every entry). Default: ${DEFAULT-VALUE}. "
          + "Example: --push per-entry"})
  String push;

  @Option(names = "--clients", paramLabel = "MODE", defaultValue = "pipelined",
      description = {"How the benchmark's clients wait for the server: pipelined (each answer issues the next call "
          + "from the connection's event loop, as the raw echo baseline's clients do, so both variants load the "
          + "server the same way) or blocking (the client API the application uses: a virtual thread per in-flight "
          + "send and a thread per receiver, whose hand-offs then count against the server's CPU). Default: "
          + "${DEFAULT-VALUE}. Example: --clients blocking"})
  String clients;

  @Option(names = "--max-seconds", paramLabel = "SECONDS", defaultValue = "60",
      description = {"Stop each phase (warm-up, delivery or echo of a round) after this long. "
          + "Default: ${DEFAULT-VALUE}. Example: --max-seconds 20"})
  int maxSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DeliverySettings settings;
    try {
      if (!push.equals("per-fetch") && !push.equals("per-entry")) {
        throw new IllegalArgumentException("--push must be per-fetch or per-entry, got " + push);
      }
      if (!clients.equals("pipelined") && !clients.equals("blocking")) {
        throw new IllegalArgumentException("--clients must be pipelined or blocking, got " + clients);
      }
      settings = new DeliverySettings(senders, receivers, inFlight, messages, warmup, rounds, payloadBytes,
          Duration.ofSeconds(maxSeconds), push.equals("per-fetch"), clients.equals("blocking"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dataDir = Files.createTempDirectory("qpc-bench-");
    Optional<String> schema = Optional.empty();
    try {
      Map<String, String> flags = new HashMap<>();
      flags.put("listen", "127.0.0.1:0");
      flags.put("data_dir", dataDir.toString());
      switch (store.toLowerCase(Locale.ROOT)) {
        case "file" -> flags.put("store_backend", "file");
        case "sqlite" -> flags.put("store_backend", "sql");
        case "sqlcipher" -> {
          flags.put("store_backend", "sql");
          flags.put("db_key", HexFormat.of().formatHex(randomBytes(16)));
        }
        case "postgres" -> {
          if (dbUrl == null) {
            throw new ConfigException("--store postgres needs --db-url");
          }
          schema = Optional.of("qpc_bench_" + HexFormat.of().formatHex(randomBytes(6)));
          flags.put("store_backend", "sql");
          flags.put("db_url", dbUrl);
          flags.put("db_schema", schema.get());
        }
        default -> throw new ConfigException("--store must be file, sqlite, sqlcipher or postgres");
      }
      ServerConfig config = ServerConfigLoader.load(Optional.empty(), Map.of(), flags);
      out.printf(Locale.ROOT, "delivery benchmark: loopback, store %s, %s clients, %d sender(s) x %d in flight, "
          + "%d receiver(s) (push %s), %d round(s) of %d messages of %d bytes and as many raw echo calls "
          + "(+%d warm-up of each); java %s, %d cpus%n", store, clients, senders, inFlight, receivers, push, rounds,
          messages, payloadBytes, warmup, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      out.printf(Locale.ROOT, "%-5s %-9s %9s %8s %8s %10s %8s %8s %7s %8s %8s%n", "round", "variant", "msgs/s",
          "p50 ms", "p99 ms", "cpu us/msg", "count", "failures", "jit ms", "ratio", "by cpu");
      out.flush();
      DeliveryReport report = DeliveryComparison.run(settings, config, round -> {
        // the two phases in the order they ran; the round's ratios on its second line
        if (round.echoFirst()) {
          printEcho(out, round, false);
          printDelivery(out, round, true);
        } else {
          printDelivery(out, round, false);
          printEcho(out, round, true);
        }
        out.flush();
      });
      printSummary(out, report);
      return report.nothingLost() ? 0 : Cli.FAILED;
    } finally {
      deleteTree(dataDir);
      if (schema.isPresent()) {
        dropSchema(dbUrl, schema.get());
      }
    }
  }

  private static void printDelivery(PrintWriter out, DeliveryRound round, boolean last) {
    DeliveryResult d = round.delivery();
    printRow(out, round, "delivery", d.deliveredPerSecond(), d.p50(), d.p99(), d.cpuMicrosPerMessage(),
        d.delivered(), round.lost(), d.jit(), last);
  }

  private static void printEcho(PrintWriter out, DeliveryRound round, boolean last) {
    LoadResult e = round.echo();
    printRow(out, round, "raw echo", e.callsPerSecond(), e.p50(), e.p99(), e.cpuMicrosPerCall(), e.calls(),
        e.failures(), e.jit(), last);
  }

  private static void printRow(PrintWriter out, DeliveryRound round, String variant, double perSecond, Duration p50,
      Duration p99, double cpuMicros, long count, long failures, Duration jit, boolean last) {
    String ratios = last ? String.format(Locale.ROOT, " %7.1f%% %7.1f%%", 100 * round.throughputRatio(),
        100 * round.cpuRatio()) : "";
    out.printf(Locale.ROOT, "%-5d %-9s %9.0f %8.3f %8.3f %10.1f %8d %8d %7d%s%n", round.number(), variant,
        perSecond, millis(p50), millis(p99), cpuMicros, count, failures, jit.toMillis(), ratios);
  }

  private static void printSummary(PrintWriter out, DeliveryReport report) {
    List<DeliveryRound> rounds = report.rounds();
    long sent = sum(rounds, r -> r.delivery().sent());
    long delivered = sum(rounds, r -> r.delivery().delivered());
    out.printf(Locale.ROOT, "ratio: delivered msgs/s / raw echo calls/s of the same round; by cpu: echo CPU per call "
        + "/ delivery CPU per message%n");
    out.printf(Locale.ROOT, "failures: sends that failed plus messages never fetched; jit ms: JIT compilation inside "
        + "the phase (not yet steady if large; raise --warmup)%n");
    out.printf(Locale.ROOT, "all rounds: %d messages sent, %d delivered, %d send(s) failed; raw echo %d calls, %d "
        + "failed%n", sent, delivered, sum(rounds, r -> r.delivery().failures()), sum(rounds, r -> r.echo().calls()),
        sum(rounds, r -> r.echo().failures()));
    out.printf(Locale.ROOT, "push: %d of %d messages found by the 100 ms fallback poll instead of a push event; "
        + "%d subscription(s) ended by the server and renewed%n", sum(rounds, r -> r.delivery().polled()), delivered,
        sum(rounds, r -> r.delivery().resubscriptions()));
    out.printf(Locale.ROOT, "calls per delivered message: 1 send, %.2f fetch, %.3f ack (raw echo: 1 call)%n",
        perMessage(sum(rounds, r -> r.delivery().fetchCalls()), delivered),
        perMessage(sum(rounds, r -> r.delivery().ackCalls()), delivered));
    out.printf(Locale.ROOT, "delivery / raw echo: median of %d round(s) %.1f %% of raw echo throughput (rounds "
        + "%.1f-%.1f %%), %.1f %% by CPU per message; worst round's p99 %.2f ms (median round's %.2f ms)%n",
        rounds.size(), 100 * report.medianRatio(),
        100 * rounds.stream().mapToDouble(DeliveryRound::throughputRatio).min().orElse(0),
        100 * rounds.stream().mapToDouble(DeliveryRound::throughputRatio).max().orElse(0),
        100 * report.medianCpuRatio(), millis(report.worstP99()), millis(report.medianP99()));
    out.printf(Locale.ROOT, "target (>= %.0f %% of raw echo throughput with p99 <= %d ms), judged on the median "
        + "ratio and the worst p99: %s%n", 100 * DeliveryReport.TARGET_RATIO, DeliveryReport.TARGET_P99.toMillis(),
        report.meetsTarget() ? "MET" : "NOT MET");
  }

  private static long sum(List<DeliveryRound> rounds, ToLongFunction<DeliveryRound> value) {
    return rounds.stream().mapToLong(value).sum();
  }

  private static double perMessage(long calls, long messages) {
    return messages == 0 ? 0 : (double) calls / messages;
  }

  private static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  private static void dropSchema(String url, String schema) {
    try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (java.sql.SQLException e) {
      System.err.println("could not drop benchmark schema " + schema + ": " + e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
