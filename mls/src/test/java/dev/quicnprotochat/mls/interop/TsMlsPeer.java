package dev.quicnprotochat.mls.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/// A running `node harness.mjs` (docs/interop.md): one JSON request per line on its stdin, one response per line on
/// its stdout. Requests are strictly sequential, so each [#call] waits for the response with the same id.
///
/// A request that gets no answer within the timeout kills the process (its state is then unknown) and throws.
/// [#close] asks for `shutdown` and kills the process if it does not exit at once. Its stderr is kept (the last
/// few KiB) for error messages.
public final class TsMlsPeer implements AutoCloseable {

  /// Enough for an add of 1023 key packages on a loaded 2-core machine.
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EOF_MARK = "\u0000eof";
  private static final int STDERR_KEEP = 4096;

  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuilder stderr = new StringBuilder();
  private final Duration timeout;
  private long nextId = 1;

  private TsMlsPeer(Process process, Duration timeout) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.timeout = timeout;
    Thread.ofVirtual().name("ts-mls-stdout").start(this::readStdout);
    Thread.ofVirtual().name("ts-mls-stderr").start(this::readStderr);
  }

  /// Starts the harness in [NodeToolchain#interopDir] (node_modules must be installed, as the build does).
  public static TsMlsPeer start() {
    return start(List.of("node", "harness.mjs"), NodeToolchain.interopDir(), DEFAULT_TIMEOUT);
  }

  /// Starts `command` in `dir` as the harness; `timeout` bounds each request.
  public static TsMlsPeer start(List<String> command, Path dir, Duration timeout) {
    try {
      return new TsMlsPeer(new ProcessBuilder(command).directory(dir.toFile()).start(), timeout);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command + " in " + dir + " (" + e.getMessage() + "): "
          + NodeToolchain.INSTALL_HINT);
    }
  }

  /// The member `name` in this process (created by its `init`).
  public TsMlsMember member(String name) {
    return new TsMlsMember(this, name);
  }

  /// The default member (requests without a `member` field).
  public TsMlsMember member() {
    return new TsMlsMember(this, null);
  }

  /// A fresh request object for `op`; fill in fields and pass it to [#call].
  public ObjectNode request(String op) {
    return JSON.createObjectNode().put("op", op);
  }

  /// Sends `request` and returns the successful response; `"ok": false` becomes a [TsMlsException].
  public synchronized JsonNode call(ObjectNode request) {
    String op = request.path("op").asText();
    long id = nextId++;
    request.put("id", id);
    try {
      stdin.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw new IllegalStateException("ts-mls harness is gone (writing " + op + ": " + e.getMessage() + ")"
          + stderrTail());
    }
    String line;
    try {
      line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted waiting for ts-mls " + op);
    }
    if (line == null) {
      process.destroyForcibly();
      throw new IllegalStateException("ts-mls " + op + " got no response within " + timeout.toMillis()
          + " ms; harness killed" + stderrTail());
    }
    if (line == EOF_MARK) {
      lines.add(EOF_MARK);
      throw new IllegalStateException("ts-mls harness exited before answering " + op + stderrTail());
    }
    JsonNode response;
    try {
      response = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("ts-mls " + op + ": response is not JSON: " + line);
    }
    if (response.path("id").asLong(-1) != id) {
      throw new IllegalStateException("ts-mls " + op + ": response id " + response.path("id") + ", expected " + id);
    }
    if (!response.path("ok").asBoolean(false)) {
      throw new TsMlsException(op, response.path("errorKind").asText("?"), response.path("error").asText("?"));
    }
    return response;
  }

  /// Whether the harness process is still running.
  public boolean isAlive() {
    return process.isAlive();
  }

  /// `shutdown`, then waits briefly for the exit; kills the process if it is still there.
  @Override
  public void close() {
    try {
      if (process.isAlive()) {
        stdin.write("{\"id\":0,\"op\":\"shutdown\"}\n".getBytes(StandardCharsets.UTF_8));
        stdin.close();
        process.waitFor(2, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      // the process already closed its stdin; it is killed below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
        try {
          process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private void readStdout() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the stream closes when the process dies: reported as EOF below
    }
    lines.add(EOF_MARK);
  }

  private void readStderr() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (stderr) {
          stderr.append(line).append('\n');
          if (stderr.length() > STDERR_KEEP) {
            stderr.delete(0, stderr.length() - STDERR_KEEP);
          }
        }
      }
    } catch (IOException e) {
      // process gone
    }
  }

  private String stderrTail() {
    synchronized (stderr) {
      return stderr.isEmpty() ? "" : "; harness stderr:\n" + stderr;
    }
  }
}
