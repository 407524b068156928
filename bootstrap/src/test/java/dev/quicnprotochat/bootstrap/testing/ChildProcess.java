package dev.quicnprotochat.bootstrap.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A JVM started from this test's classpath running one of the launchers' main classes, with its stdout and
/// stderr merged into one stream of lines that a reader thread hands to the test through a queue, so the test waits
/// for a line (with a timeout) instead of sleeping. Every line also goes to the shared [Transcript], which a
/// failing expectation prints whole.
public final class ChildProcess implements AutoCloseable {

  private static final String END = "\u0000end of output";

  private final String name;
  private final Process process;
  private final Writer stdin;
  private final Transcript transcript;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> output = new ArrayList<>();
  private volatile boolean ended;

  private ChildProcess(String name, Process process, Transcript transcript) {
    this.name = name;
    this.process = process;
    this.transcript = transcript;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = Thread.ofPlatform().name("output-" + name).daemon(true).unstarted(this::readOutput);
    reader.start();
  }

  /// Starts `mainClass` with `args` in a new JVM; the environment is this one's without any `QUICNPROTOCHAT_*`
  /// variable, plus `env`.
  public static ChildProcess start(String name, Class<?> mainClass, List<String> args, Map<String, String> env,
                                   Path workingDirectory, Transcript transcript) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        mainClass.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .directory(workingDirectory.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("QUICNPROTOCHAT_"));
    builder.environment().putAll(env);
    transcript.add(name, "$ " + mainClass.getSimpleName() + " " + String.join(" ", args));
    return new ChildProcess(name, builder.start(), transcript);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void readOutput() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (output) {
          output.add(line);
        }
        transcript.add(name, line);
        lines.add(line);
      }
    } catch (IOException closedWithTheProcess) {
      // the process is gone: its output ends here
    } finally {
      lines.add(END);
    }
  }

  public String name() {
    return name;
  }

  /// Waits for the next line matching `pattern` (skipping the others) and returns its match; fails with the
  /// whole transcript when none comes within `timeout` or the process's output ends first.
  public Matcher expectLine(String pattern, Duration timeout) {
    Pattern compiled = Pattern.compile(pattern);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line;
      try {
        line = ended ? null : lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + name + " to print " + pattern);
      }
      if (line == null || line.equals(END)) {
        if (line != null) {
          ended = true;
        }
        throw new AssertionError(name + (ended ? " ended (" + exitDescription() + ")" : " printed nothing")
            + " matching /" + pattern + "/ within " + timeout.toSeconds() + " s\n" + transcript.dump());
      }
      Matcher matcher = compiled.matcher(line);
      if (matcher.find()) {
        return matcher;
      }
    }
  }

  private String exitDescription() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /// Every line printed so far.
  public List<String> output() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  /// Types `line` (and Enter) into the process.
  public void send(String line) {
    transcript.add(name, "< " + line);
    try {
      stdin.write(line);
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      throw new AssertionError("cannot write to " + name + ": " + e.getMessage() + "\n" + transcript.dump(), e);
    }
  }

  /// Waits for the process to exit on its own; its exit code.
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(name + " did not exit within " + timeout.toSeconds() + " s\n" + transcript.dump());
    }
    return process.exitValue();
  }

  /// Kills the process at once (SIGKILL), as a crash or a power cut would, and waits for it to be gone.
  public void kill() throws InterruptedException {
    transcript.add(name, "(killed)");
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  /// Stops the process if it still runs: SIGTERM, then SIGKILL after 10 s. Safe to call more than once.
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /// The lines of several processes in the order they arrived, for failure messages.
  public static final class Transcript {
    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();

    public synchronized void add(String process, String line) {
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      lines.add(String.format("%6d ms %-8s %s", millis, process, line));
    }

    public synchronized String dump() {
      return "---- transcript of every process ----\n" + String.join("\n", lines) + "\n----";
    }
  }
}
