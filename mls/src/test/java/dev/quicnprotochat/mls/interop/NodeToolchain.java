package dev.quicnprotochat.mls.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Node.js and npm as the interop tests and the benchmark need them: the version check, `npm ci` of the pinned
/// ts-mls (skipped while `node_modules` matches `package-lock.json`), and the harness directory.
///
/// Every failure is an [IllegalStateException] with a one-line message saying what to install or run.
public final class NodeToolchain {

  /// `@noble/*` 2.x, which ts-mls 1.6.4 loads, need Node.js 20.19 or later.
  public static final int MIN_MAJOR = 20;
  public static final int MIN_MINOR = 19;
  static final String INSTALL_HINT = "install Node.js >= 20.19 and npm (https://nodejs.org/) and put node and npm "
      + "on the PATH";
  /// Written into `node_modules` after a successful `npm ci`: the SHA-256 of the lock file it installed.
  static final String STAMP = ".quicnprotochat-lock.sha256";

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+).*");

  private NodeToolchain() {
  }

  /// The harness directory: the `interop.dir` system property (set by the build), else the module-relative path.
  public static Path interopDir() {
    String configured = System.getProperty("interop.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("src", "test", "interop");
    if (!Files.isRegularFile(dir.resolve("harness.mjs"))) {
      throw new IllegalStateException("no harness.mjs in " + dir.toAbsolutePath()
          + " (set -Dinterop.dir to mls/src/test/interop)");
    }
    return dir;
  }

  /// `node --version`, checked against the minimum; returns the version string.
  public static String requireNode() {
    String version = run(List.of("node", "--version"), Path.of("."), 30, "node").strip();
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw new IllegalStateException("cannot parse `node --version` output '" + version + "': " + INSTALL_HINT);
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major < MIN_MAJOR || major == MIN_MAJOR && minor < MIN_MINOR) {
      throw new IllegalStateException("Node.js " + version + " is too old for the ts-mls interop tests: "
          + INSTALL_HINT);
    }
    return version;
  }

  /// `npm --version` (npm ships with Node.js but some distributions package it separately).
  public static String requireNpm() {
    return run(List.of(npm(), "--version"), Path.of("."), 60, "npm").strip();
  }

  /// Runs `npm ci` in `dir` unless `node_modules` was installed from the current lock file; returns whether it ran.
  public static boolean ensureInstalled(Path dir) {
    String lockHash = sha256(dir.resolve("package-lock.json"));
    Path stamp = dir.resolve("node_modules").resolve(STAMP);
    try {
      if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(lockHash)
          && Files.isDirectory(dir.resolve("node_modules").resolve("ts-mls"))) {
        return false;
      }
      requireNpm();
      run(List.of(npm(), "ci", "--no-audit", "--no-fund"), dir, 600, "npm ci");
      Files.writeString(stamp, lockHash + "\n");
      return true;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or write " + stamp + ": " + e.getMessage());
    }
  }

  /// Runs `command` in `dir`, returns its stdout; a missing program, a timeout or a non-zero exit throws.
  static String run(List<String> command, Path dir, int timeoutSeconds, String what) {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run `" + command.getFirst() + "` (" + e.getMessage() + "): "
          + INSTALL_HINT);
    }
    try (InputStream in = process.getInputStream()) {
      process.getOutputStream().close();
      // Drain in the background so a chatty process cannot block on a full pipe while we wait for it.
      List<byte[]> chunks = new ArrayList<>();
      Thread drain = Thread.ofVirtual().start(() -> {
        try {
          chunks.add(in.readAllBytes());
        } catch (IOException ignored) {
          // the process was killed; its output no longer matters
        }
      });
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(what + " did not finish within " + timeoutSeconds + " s");
      }
      drain.join(5_000);
      String output = chunks.isEmpty() ? "" : new String(chunks.getFirst(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(what + " failed with exit code " + process.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(what + ": " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted");
    }
  }

  static String npm() {
    return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
