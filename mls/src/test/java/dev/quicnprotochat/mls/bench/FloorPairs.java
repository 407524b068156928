package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.bench.CryptoFloor.Operation;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/// Each [GroupBenchmark] operation timed in pairs with its replayed sized floor ([FloorReplay]): shot, floor, shot,
/// floor..., the order swapped every pair so a machine speeding up or slowing down weighs on both alike. The ratio
/// of each pair compares the operation with its floor at one moment; the median of those ratios is the figure.
///
/// On this shared 2-vCPU machine the same primitive can take twice as long one minute as the next (an Ed25519
/// signature measured 40 µs and then 75 µs within one run), so a floor priced by a JMH run before the group
/// benchmark (the table of [GroupBenchmarkRunner]) and a shot taken minutes later can differ by that much for no
/// reason in the code. Pairing removes that. The shots are the ones [GroupBenchmark] times (its own state set-up
/// and benchmark methods, a fresh state restored before each shot), after the same JIT warm-up, with more shots:
/// `--warmup` pairs untimed, then `--pairs` timed.
///
/// The floor runs on one thread. The group hands large batches of HPKE encryptions and its signature checks to a
/// second thread; `--serial` keeps all of it on the calling thread, so that one core is compared with one core, and
/// then also compares the calling thread's CPU time, which a thread waiting for a core does not inflate.
///
/// `java -cp <test classpath> dev.quicnprotochat.mls.bench.FloorPairs [--suite S] [--warmup W] [--pairs P]
/// [--serial] [--ops process_commit,encrypt] N` prints one line per operation, and a `PAIRED` line each for
/// [GroupBenchmarkRunner] to read.
public final class FloorPairs {

  static final int DEFAULT_WARMUP = 10;
  static final int DEFAULT_PAIRS = 15;

  /// Medians over one operation's pairs: the operation's and the floor's time in milliseconds (per operation; per
  /// message for encrypt and decrypt), and of the pairs' ratios Java / floor the median, least and greatest.
  record Stats(double javaMs, double floorMs, double ratio, double minRatio, double maxRatio) {

    static Stats of(double[] java, double[] floor) {
      double[] ratio = new double[java.length];
      for (int i = 0; i < ratio.length; i++) {
        ratio[i] = java[i] / floor[i];
      }
      return new Stats(median(java), median(floor), median(ratio), Arrays.stream(ratio).min().orElseThrow(),
          Arrays.stream(ratio).max().orElseThrow());
    }

    static final Stats NONE = new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    private String fields() {
      return String.format(Locale.ROOT, "%.6f %.6f %.4f %.4f %.4f", javaMs, floorMs, ratio, minRatio, maxRatio);
    }

    private static Stats parse(String[] f, int from) {
      return new Stats(Double.parseDouble(f[from]), Double.parseDouble(f[from + 1]), Double.parseDouble(f[from + 2]),
          Double.parseDouble(f[from + 3]), Double.parseDouble(f[from + 4]));
    }

    String describe() {
      return String.format(Locale.ROOT, "Java %s ms, floor %s ms, Java/floor %.2f (%.2f-%.2f)", ms(javaMs),
          ms(floorMs), ratio, minRatio, maxRatio);
    }
  }

  /// One operation's pairs: by wall time, and by the calling thread's CPU time ([Stats#NONE] unless the group ran on
  /// one thread, where that CPU time is all of its work, as it is all of the floor's: one core against one core,
  /// untouched by the time the thread waited for a core on a busy machine).
  record Result(Operation op, int n, int pairs, Stats wall, Stats cpu) {

    String line() {
      return "PAIRED " + op.name() + " " + n + " " + pairs + " " + wall.fields() + " " + cpu.fields();
    }

    static Result parse(String line) {
      String[] f = line.trim().split(" ");
      if (f.length != 14 || !f[0].equals("PAIRED")) {
        throw new IllegalArgumentException("not a PAIRED line: " + line);
      }
      return new Result(Operation.valueOf(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Stats.parse(f, 4),
          Stats.parse(f, 9));
    }
  }

  private FloorPairs() {
  }

  public static void main(String[] args) {
    int suite = 1;
    int warmup = DEFAULT_WARMUP;
    int pairs = DEFAULT_PAIRS;
    int n = 0;
    boolean serial = false;
    java.util.Set<Operation> ops = java.util.EnumSet.allOf(Operation.class);
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--suite" -> suite = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--pairs" -> pairs = Integer.parseInt(args[++i]);
          case "--serial" -> serial = true;
          case "--ops" -> ops = java.util.EnumSet.copyOf(Arrays.stream(args[++i].split(","))
              .map(o -> Operation.valueOf(o.trim().toUpperCase(Locale.ROOT).replace('-', '_'))).toList());
          default -> n = Integer.parseInt(args[i]);
        }
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      n = 0; // NumberFormatException is an IllegalArgumentException, as is an unknown operation
    }
    if (n < 2 || Integer.bitCount(n) != 1 || pairs < 1 || warmup < 0) {
      System.err.println("usage: FloorPairs [--suite S] [--warmup W] [--pairs P] [--serial] "
          + "[--ops process_commit,encrypt,...] N   (N a power of two >= 2)");
      System.exit(2);
    }
    for (Result r : run(suite, n, warmup, pairs, serial, ops)) {
      System.out.println(r.line());
    }
  }

  /// Runs [#main] in a JVM of its own (as JMH forks one per benchmark), its progress on this process's standard
  /// error, and reads its `PAIRED` lines.
  static List<Result> fork(int suiteId, int n, boolean serial) throws java.io.IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FloorPairs.class.getName(),
        "--suite", Integer.toString(suiteId), Integer.toString(n)));
    if (serial) {
      command.add("--serial");
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<Result> results = new ArrayList<>();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("PAIRED ")) {
          results.add(Result.parse(line));
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("FloorPairs for N = " + n + " exited with " + exit);
    }
    return results;
  }

  static List<Result> run(int suiteId, int n, int warmup, int pairs, boolean serial,
      java.util.Set<Operation> ops) {
    GroupBenchmark.Group g = new GroupBenchmark.Group();
    g.n = n;
    g.suiteId = suiteId;
    g.setUp();
    if (serial) {
      // the group's batches of HPKE encryptions and its signature checks run on the calling thread, as the floor's
      // calls do: Java/floor then compares one core with one core
      g.config = g.config.withExecutor(Runnable::run, g.config.parallelThreshold());
    }
    MessageSizes sizes = MessageSizes.measure(suiteId, n);
    FloorReplay replay = new FloorReplay(CipherSuites.byId(suiteId));
    GroupBenchmark bench = new GroupBenchmark();
    Map<Operation, Shot> shots = new EnumMap<>(Operation.class);
    shots.put(Operation.ADD_ALL_COMMIT, new Shot(1, () -> {
      GroupBenchmark.Empty s = new GroupBenchmark.Empty();
      s.setUp(g);
      return () -> bench.addAllCommit(g, s);
    }));
    shots.put(Operation.JOIN, new Shot(1, () -> () -> bench.join(g)));
    shots.put(Operation.UPDATE_COMMIT, new Shot(1, () -> {
      GroupBenchmark.Epoch1 s = epoch1(g);
      return () -> bench.updateCommit(s);
    }));
    shots.put(Operation.PROCESS_COMMIT, new Shot(1, () -> {
      GroupBenchmark.Epoch1 s = epoch1(g);
      return () -> bench.processCommit(g, s);
    }));
    shots.put(Operation.ENCRYPT, new Shot(GroupBenchmark.MESSAGES, () -> {
      GroupBenchmark.Epoch1 s = epoch1(g);
      return () -> bench.encrypt(s);
    }));
    shots.put(Operation.DECRYPT, new Shot(GroupBenchmark.MESSAGES, () -> {
      GroupBenchmark.Epoch1 s = epoch1(g);
      return () -> bench.decrypt(s);
    }));
    List<Result> results = new ArrayList<>();
    for (Operation op : ops) {
      Shot shot = shots.get(op);
      List<FloorReplay.Calls> plan = FloorReplay.plan(CryptoFloor.sized(op, n, sizes), shot.perShot());
      replay.prepare(plan);
      double[] java = new double[pairs];
      double[] floor = new double[pairs];
      double[] javaCpu = new double[pairs];
      double[] floorCpu = new double[pairs];
      for (int i = -warmup; i < pairs; i++) {
        Runnable operation = shot.ready().get(); // untimed: the fresh state of this shot
        Runnable floorCalls = () -> sink += replay.run(plan);
        long[] j;
        long[] f;
        if ((i & 1) == 0) {
          j = time(operation);
          f = time(floorCalls);
        } else {
          f = time(floorCalls);
          j = time(operation);
        }
        if (i >= 0) {
          java[i] = j[0] / 1e6 / shot.perShot();
          floor[i] = f[0] / 1e6 / shot.perShot();
          javaCpu[i] = j[1] / 1e6 / shot.perShot();
          floorCpu[i] = f[1] / 1e6 / shot.perShot();
        }
      }
      Result r = new Result(op, n, pairs, Stats.of(java, floor), serial ? Stats.of(javaCpu, floorCpu) : Stats.NONE);
      System.err.printf(Locale.ROOT, "  N = %d %-15s %s pairs: wall %s%s%n", n, op.label(), pairs,
          r.wall().describe(), serial ? "; CPU " + r.cpu().describe() : "");
      results.add(r);
    }
    return results;
  }

  /// One operation's shot: `ready` makes its fresh state (untimed) and returns the timed part; `perShot` is how many
  /// operations one shot holds (100 messages for encrypt and decrypt).
  private record Shot(int perShot, Supplier<Runnable> ready) {}

  private static GroupBenchmark.Epoch1 epoch1(GroupBenchmark.Group g) {
    GroupBenchmark.Epoch1 s = new GroupBenchmark.Epoch1();
    s.setUp(g);
    return s;
  }

  /// Keeps the replay's results observable, so the JIT cannot drop any of its calls.
  private static volatile int sink;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /// Wall time and this thread's CPU time of `r`, in nanoseconds.
  private static long[] time(Runnable r) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    r.run();
    long wall = System.nanoTime() - start;
    return new long[] {wall, THREADS.getCurrentThreadCpuTime() - cpu};
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.3f" : "%.1f", v);
  }
}
