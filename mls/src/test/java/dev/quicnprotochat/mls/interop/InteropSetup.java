package dev.quicnprotochat.mls.interop;

import java.nio.file.Path;
import java.util.List;

/// Build step before the integration tests (`pre-integration-test`, see mls/pom.xml): checks Node.js and npm,
/// installs the pinned ts-mls with `npm ci` when `node_modules` is stale, and runs the harness self-test.
///
/// A missing or too old Node.js fails the build with what to install; the interop tests are never skipped
/// silently. Only `-DskipTests` / `-DskipITs` (passed in as arguments) skip this step, as they skip the tests.
public final class InteropSetup {

  private InteropSetup() {
  }

  /// Arguments: the harness directory, then the values of `skipTests` and `skipITs`.
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: InteropSetup <interop dir> <skipTests> <skipITs>");
    }
    if (Boolean.parseBoolean(args[1]) || Boolean.parseBoolean(args[2])) {
      return;
    }
    // Runs inside Maven (exec:java): a failure is an exception whose message Maven prints as the build error.
    Path dir = Path.of(args[0]);
    String node = NodeToolchain.requireNode();
    boolean installed = NodeToolchain.ensureInstalled(dir);
    NodeToolchain.run(List.of("node", "--test", "harness.test.mjs"), dir, 300, "the ts-mls harness self-test "
        + "(node --test harness.test.mjs in " + dir + ")");
    System.out.println("ts-mls interop: node " + node + (installed ? ", npm ci done" : ", node_modules current")
        + ", harness self-test passed");
  }
}
