package dev.quicnprotochat.mls.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// Runs ts-mls's `node bench.mjs N --suite S` (mls/src/test/interop, docs/interop.md) and reads its JSON lines.
public final class TsMlsBench {

  /// One JSON line of bench.mjs: milliseconds per operation.
  public record Row(int n, int reps, Map<CryptoFloor.Operation, Double> millis) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<CryptoFloor.Operation, String> FIELDS = Map.of(
      CryptoFloor.Operation.ADD_ALL_COMMIT, "addCommitMs",
      CryptoFloor.Operation.JOIN, "joinMs",
      CryptoFloor.Operation.UPDATE_COMMIT, "updateCommitMs",
      CryptoFloor.Operation.PROCESS_COMMIT, "processCommitMs",
      CryptoFloor.Operation.ENCRYPT, "encryptMs",
      CryptoFloor.Operation.DECRYPT, "decryptMs");

  private TsMlsBench() {
  }

  /// Runs bench.mjs for `sizes` (in one process, which warms up first) with `reps` repetitions per size, or its
  /// default repetitions (9, 5, 3 by size) when `reps` is 0.
  public static List<Row> run(Path interopDir, int suite, List<Integer> sizes, int reps) throws IOException {
    List<String> command = new ArrayList<>(List.of("node", "bench.mjs", "--suite", Integer.toString(suite)));
    if (reps > 0) {
      command.addAll(List.of("--reps", Integer.toString(reps)));
    }
    sizes.forEach(n -> command.add(Integer.toString(n)));
    Process process = new ProcessBuilder(command).directory(interopDir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException("node bench.mjs exited with " + process.exitValue());
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    List<Row> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = JSON.readTree(line);
      Map<CryptoFloor.Operation, Double> millis = new EnumMap<>(CryptoFloor.Operation.class);
      FIELDS.forEach((op, field) -> millis.put(op, row.path(field).asDouble(Double.NaN)));
      rows.add(new Row(row.path("n").asInt(), row.path("reps").asInt(), millis));
    }
    return rows;
  }
}
