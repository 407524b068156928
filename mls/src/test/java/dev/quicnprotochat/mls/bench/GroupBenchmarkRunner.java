package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.bench.CryptoFloor.Operation;
import dev.quicnprotochat.mls.interop.NodeToolchain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/// The MLS group layer against ts-mls in one run (docs/performance.md, "MLS group vs ts-mls"):
///
/// 1. the primitive costs of the suite ([CryptoBenchmark], JMH);
/// 2. [GroupBenchmark] for each N (JMH, single-shot, fresh state per shot);
/// 3. ts-mls's `node bench.mjs N` for the same N;
/// 4. [FloorPairs] for each N, twice (the group's helper thread on, then off): each operation timed in pairs with
///    its sized floor replayed at that moment ([FloorReplay]);
///
/// then one table per N with both figures, their ratio, and the crypto floor ([CryptoFloor]) priced at the JMH
/// costs of step 1, the paired table, and the verdict against the targets at the largest N.
///
/// `./mvnw -B -q -pl mls test-compile exec:exec@group-bench [-Dgroup.bench.args="--suite 3 16 128"]`
public final class GroupBenchmarkRunner {

  private static final Map<String, Operation> METHODS = Map.of(
      "addAllCommit", Operation.ADD_ALL_COMMIT,
      "join", Operation.JOIN,
      "updateCommit", Operation.UPDATE_COMMIT,
      "processCommit", Operation.PROCESS_COMMIT,
      "encrypt", Operation.ENCRYPT,
      "decrypt", Operation.DECRYPT);

  /// Operations measured a second time with many more shots (the table's figure stays the 5-shot median).
  private static final Map<String, Operation> STEADY_METHODS = Map.of(
      "processCommitSteady", Operation.PROCESS_COMMIT);

  /// By name: JMH finds it in the generated benchmark list.
  private static final String GROUP_BENCHMARK = "dev.quicnprotochat.mls.bench.GroupBenchmark";

  /// JMH 1.37 uses sun.misc.Unsafe, which JDK 25 warns about on every fork.
  private static final String QUIET_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

  private GroupBenchmarkRunner() {
  }

  public static void main(String[] args) throws Exception {
    int suite = 1;
    int reps = 0;
    List<Integer> sizeList = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--suite" -> suite = Integer.parseInt(args[++i]);
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        default -> sizeList.add(Integer.parseInt(args[i]));
      }
    }
    if (sizeList.isEmpty()) {
      sizeList = List.of(16, 128, 1024);
    }
    Path interop = NodeToolchain.interopDir();
    String node = NodeToolchain.requireNode();
    NodeToolchain.ensureInstalled(interop);

    System.out.printf("MLS group benchmark: suite %d, N = %s, Java %s, node %s, %d cpus, load %s%n", suite, sizeList,
        Runtime.version(), node, Runtime.getRuntime().availableProcessors(), load());
    PrimitiveCosts costs = primitiveCosts(suite);
    Map<Integer, MessageSizes> sizes = new TreeMap<>();
    for (int n : sizeList) {
      System.out.printf("measuring the scenario's message sizes for N = %d (untimed)...%n", n);
      sizes.put(n, MessageSizes.measure(suite, n));
    }
    Map<Integer, Map<Operation, Double>> steady = new TreeMap<>();
    Map<Integer, Map<Operation, Double>> java = javaFigures(suite, sizeList, steady);
    Map<Integer, Map<Operation, Double>> ts = new TreeMap<>();
    System.out.println("running ts-mls: node bench.mjs " + sizeList + " --suite " + suite + "...");
    for (TsMlsBench.Row row : TsMlsBench.run(interop, suite, sizeList, reps)) {
      ts.put(row.n(), row.millis());
    }
    Map<Integer, List<FloorPairs.Result>> paired = new TreeMap<>();
    Map<Integer, List<FloorPairs.Result>> pairedSerial = new TreeMap<>();
    for (int n : sizeList) {
      System.out.printf("pairing each operation with its replayed floor, N = %d (FloorPairs, %d + %d pairs; then "
          + "again on one thread)...%n", n, FloorPairs.DEFAULT_WARMUP, FloorPairs.DEFAULT_PAIRS);
      paired.put(n, FloorPairs.fork(suite, n, false));
      pairedSerial.put(n, FloorPairs.fork(suite, n, true));
    }
    System.out.println();
    // The floor is a lower bound: the fastest iteration (least disturbed by the other processes) of each primitive
    // keeps it low, so Java/floor errs on the pessimistic side.
    System.out.printf("primitive costs (µs, fastest JMH iteration): %s%n", format(costs.small()));
    System.out.printf("on %d bytes (µs): %s; per KB beyond the small input: %s%n", CryptoBenchmark.LARGE,
        format(costs.large()), perKb(costs));
    for (int n : sizeList) {
      MessageSizes s = sizes.get(n);
      printTable(n, java.getOrDefault(n, Map.of()), ts.getOrDefault(n, Map.of()), costs, s);
      printSteady(n, steady.getOrDefault(n, Map.of()), ts.getOrDefault(n, Map.of()), costs, s);
      printSizedTerms(n, s);
      printPaired(n, paired.get(n), pairedSerial.get(n), costs, s);
    }
    int largest = sizeList.stream().max(Integer::compare).orElseThrow();
    printVerdict(largest, java.getOrDefault(largest, Map.of()), ts.getOrDefault(largest, Map.of()),
        paired.get(largest), pairedSerial.get(largest));
    System.out.printf("load at end: %s%n", load());
  }

  private static PrimitiveCosts primitiveCosts(int suite) throws Exception {
    StringBuilder methods = new StringBuilder();
    for (Primitive p : Primitive.values()) {
      methods.append(methods.isEmpty() ? "" : "|").append(p.benchmark());
      p.largeBenchmark().ifPresent(large -> methods.append('|').append(large));
    }
    Options options = new OptionsBuilder()
        .include(CryptoBenchmark.class.getName() + "\\.(" + methods + ")$")
        .param("suiteId", Integer.toString(suite))
        .forks(1).warmupIterations(2).measurementIterations(5)
        .warmupTime(TimeValue.milliseconds(300)).measurementTime(TimeValue.milliseconds(300))
        .timeUnit(TimeUnit.MICROSECONDS)
        .verbosity(VerboseMode.SILENT).jvmArgsAppend(QUIET_UNSAFE)
        .build();
    System.out.println("measuring primitive costs (JMH, about 45 s)...");
    Map<Primitive, Double> small = new EnumMap<>(Primitive.class);
    Map<Primitive, Double> large = new EnumMap<>(Primitive.class);
    for (RunResult r : new Runner(options).run()) {
      String method = method(r);
      double fastest = r.getPrimaryResult().getStatistics().getMin();
      for (Primitive p : Primitive.values()) {
        if (p.benchmark().equals(method)) {
          small.put(p, fastest);
        }
        if (p.largeBenchmark().filter(method::equals).isPresent()) {
          large.put(p, fastest);
        }
      }
    }
    return new PrimitiveCosts(small, large);
  }

  /// `steady` receives the figures of the [GroupBenchmark] methods that repeat an operation's shot until the JIT and
  /// the caches settle ([#STEADY_METHODS]).
  private static Map<Integer, Map<Operation, Double>> javaFigures(int suite, List<Integer> sizes,
      Map<Integer, Map<Operation, Double>> steady) throws Exception {
    Options options = new OptionsBuilder()
        .include(GROUP_BENCHMARK + "\\.")
        .param("suiteId", Integer.toString(suite))
        .param("n", sizes.stream().map(String::valueOf).toArray(String[]::new))
        .timeUnit(TimeUnit.MILLISECONDS)
        .verbosity(VerboseMode.SILENT).jvmArgsAppend(QUIET_UNSAFE)
        .build();
    System.out.println("measuring the Java group layer (JMH, one fork per operation and N)...");
    Collection<RunResult> results = new Runner(options).run();
    Map<Integer, Map<Operation, Double>> figures = new TreeMap<>();
    for (RunResult r : results) {
      int n = Integer.parseInt(r.getParams().getParam("n"));
      Operation op = METHODS.get(method(r));
      if (op != null) {
        figures.computeIfAbsent(n, k -> new EnumMap<>(Operation.class)).put(op, median(r));
      }
      Operation steadyOp = STEADY_METHODS.get(method(r));
      if (steadyOp != null) {
        steady.computeIfAbsent(n, k -> new EnumMap<>(Operation.class)).put(steadyOp, median(r));
      }
    }
    return figures;
  }

  private static void printTable(int n, Map<Operation, Double> java, Map<Operation, Double> ts,
      PrimitiveCosts costs, MessageSizes sizes) {
    System.out.printf("%nN = %d (ms per operation, medians; ratio = ts-mls / Java; floor = RFC-required crypto, "
        + "one core: counted = calls at small inputs, sized = at the messages' sizes)%n", n);
    System.out.printf("%-15s %10s %10s %7s %10s %8s %10s %8s  %s%n", "operation", "Java", "ts-mls", "ratio",
        "counted", "Java/cf", "sized", "Java/sf", "floor counts");
    for (Operation op : Operation.values()) {
      printRow(op.label(), op, n, java.getOrDefault(op, Double.NaN), ts.getOrDefault(op, Double.NaN), costs, sizes,
          CryptoFloor.describe(op, n));
    }
  }

  private static void printSteady(int n, Map<Operation, Double> steady, Map<Operation, Double> ts,
      PrimitiveCosts costs, MessageSizes sizes) {
    for (Map.Entry<Operation, Double> e : steady.entrySet()) {
      printRow(e.getKey().label() + "*", e.getKey(), n, e.getValue(), ts.getOrDefault(e.getKey(), Double.NaN), costs,
          sizes, String.format(Locale.ROOT, "(median of %d shots after %d warm-up shots)", GroupBenchmark.STEADY_SHOTS,
              GroupBenchmark.STEADY_SHOTS));
    }
  }

  private static void printRow(String label, Operation op, int n, double j, double t, PrimitiveCosts costs,
      MessageSizes sizes, String note) {
    double counted = CryptoFloor.micros(op, n, costs.small()) / 1000.0;
    double sized = CryptoFloor.sizedMicros(op, n, sizes, costs) / 1000.0;
    System.out.printf(Locale.ROOT, "%-15s %10s %10s %7.1f %10s %8.2f %10s %8.2f  %s%n", label, ms(j), ms(t), t / j,
        ms(counted), j / counted, ms(sized), j / sized, note);
  }

  /// What the sized floor adds, and the message sizes it comes from.
  private static void printSizedTerms(int n, MessageSizes s) {
    System.out.printf("sized floor adds to the counted one (bytes beyond the small inputs, extra calls):%n");
    for (Operation op : Operation.values()) {
      System.out.printf("  %-15s %s%n", op.label(), CryptoFloor.describeSized(op, n, s));
    }
    System.out.printf(Locale.ROOT, "  from: update commit %d B (FramedContentTBS %d B, ciphertext %d B), Welcome %d B "
        + "(GroupInfoTBS %d B, encrypted_group_info %d B), add-all commit ciphertext %d B, KeyPackageTBS %.0f B "
        + "each%n", s.updateCommit(), s.updateCommitTbs(), s.updateCommitCiphertext(), s.welcome(), s.groupInfoTbs(),
        s.encryptedGroupInfo(), s.addCommitCiphertext(), s.keyPackageTbs() / (double) (n - 1));
  }

  /// The operations timed in pairs with their replayed floor ([FloorPairs]); `priced` is the sized floor at the JMH
  /// costs above, so `replayed / priced` says how much slower the machine ran the same calls at that moment.
  private static void printPaired(int n, List<FloorPairs.Result> paired, List<FloorPairs.Result> serial,
      PrimitiveCosts costs, MessageSizes sizes) {
    System.out.printf("paired with the replayed sized floor, N = %d (medians of %d pairs after %d warm-up pairs; "
        + "J/fl = median of the pairs' ratios Java / floor, least-greatest beside it)%n", n, FloorPairs.DEFAULT_PAIRS,
        FloorPairs.DEFAULT_WARMUP);
    System.out.printf("  2T wall: the group as configured (a helper thread for large batches), wall time; "
        + "1T: the helper thread off, wall time and the thread's CPU time (one core against one core)%n");
    System.out.printf("%-15s %10s %10s %6s %13s | %6s | %10s %10s %6s %13s | %9s%n", "operation", "2T Java",
        "floor", "J/fl", "(range)", "1T J/fl", "1T CPU Java", "floor", "J/fl", "(range)", "repl/pric");
    for (int i = 0; i < paired.size(); i++) {
      FloorPairs.Stats p = paired.get(i).wall();
      FloorPairs.Stats w = serial.get(i).wall();
      FloorPairs.Stats c = serial.get(i).cpu();
      double priced = CryptoFloor.sizedMicros(paired.get(i).op(), n, sizes, costs) / 1000.0;
      System.out.printf(Locale.ROOT, "%-15s %10s %10s %6.2f %13s | %7.2f | %11s %10s %6.2f %13s | %9.2f%n",
          paired.get(i).op().label(), ms(p.javaMs()), ms(p.floorMs()), p.ratio(), range(p), w.ratio(),
          ms(c.javaMs()), ms(c.floorMs()), c.ratio(), range(c), p.floorMs() / priced);
    }
  }

  private static String range(FloorPairs.Stats r) {
    return String.format(Locale.ROOT, "(%.2f-%.2f)", r.minRatio(), r.maxRatio());
  }

  /// The two targets at the largest N: ts-mls / Java ≥ 5 (the JMH medians above) and Java within 2× of the
  /// floor, which counts one core: the one-thread pairs by CPU time. The wall-time ratios are shown beside it.
  private static void printVerdict(int n, Map<Operation, Double> java, Map<Operation, Double> ts,
      List<FloorPairs.Result> paired, List<FloorPairs.Result> serial) {
    System.out.printf("%nagainst the targets at N = %d: ts-mls/Java >= 5 (JMH medians) and Java/floor <= 2 (one "
        + "core: paired CPU time, helper thread off; wall-time pairs beside it)%n", n);
    boolean all = true;
    for (int i = 0; i < paired.size(); i++) {
      Operation op = paired.get(i).op();
      double speedup = ts.getOrDefault(op, Double.NaN) / java.getOrDefault(op, Double.NaN);
      double floor = serial.get(i).cpu().ratio();
      boolean met = speedup >= 5 && floor <= 2;
      all &= met;
      System.out.printf(Locale.ROOT, "  %-15s ts-mls/Java %6.1f  Java/floor %5.2f (wall: 2T %.2f, 1T %.2f)  %s%n",
          op.label(), speedup, floor, paired.get(i).wall().ratio(), serial.get(i).wall().ratio(),
          met ? "met" : "NOT met");
    }
    System.out.println(all ? "  all met" : "  not all met");
  }

  private static String perKb(PrimitiveCosts costs) {
    StringBuilder sb = new StringBuilder();
    for (Primitive p : Primitive.values()) {
      if (p.largeBenchmark().isPresent() && costs.large().containsKey(p)) {
        sb.append(sb.isEmpty() ? "" : ", ").append(p.label()).append(' ')
            .append(String.format(Locale.ROOT, "%.2f", costs.perByte(p) * 1000));
      }
    }
    return sb.toString();
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v < 10 ? "%.3f" : "%.1f", v);
  }

  private static String format(Map<Primitive, Double> costs) {
    costs = new EnumMap<>(costs);
    StringBuilder sb = new StringBuilder();
    costs.forEach((p, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(p.name().toLowerCase(Locale.ROOT))
        .append(' ').append(String.format(Locale.ROOT, "%.2f", v)));
    return sb.toString();
  }

  /// The median of the measured iterations: the machine is shared, and a mean follows the outliers.
  private static double median(RunResult r) {
    return r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static String method(RunResult r) {
    String benchmark = r.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }
}
