package dev.quicnprotochat.mls.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/// Loads the official vector files (see `src/test/resources/vectors/README.md`).
///
/// Files come from the test classpath, or from the directory in the system property `mls.vectors.dir` when set,
/// so a newer upstream snapshot can be run without copying it in.
public final class Vectors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private Vectors() {
  }

  /// The whole file as a JSON tree.
  public static JsonNode load(String fileName) {
    String dir = System.getProperty("mls.vectors.dir");
    try {
      if (dir != null && !dir.isBlank()) {
        return JSON.readTree(Path.of(dir, fileName).toFile());
      }
      try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + fileName)) {
        if (in == null) {
          throw new IllegalStateException("vector file missing from the test classpath: " + fileName);
        }
        return JSON.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vector file " + fileName, e);
    }
  }

  /// One named JUnit argument per array entry, named `file#index (suite N)` (or `file#index` without a suite).
  public static Stream<Named<JsonNode>> cases(String fileName) {
    JsonNode all = load(fileName);
    List<Named<JsonNode>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      JsonNode c = all.get(i);
      String name = fileName.replace(".json", "") + "#" + i
          + (c.has("cipher_suite") ? " (suite " + c.get("cipher_suite").asInt() + ")" : "");
      out.add(Named.of(name, c));
    }
    return out.stream();
  }

  /// Every file named `prefix*.json` in the vectors directory, for runners that must pick up added files.
  public static List<String> filesStartingWith(String prefix) {
    String dir = System.getProperty("mls.vectors.dir");
    try {
      Path root = dir != null && !dir.isBlank() ? Path.of(dir)
          : Path.of(Vectors.class.getResource("/vectors/README.md").toURI()).getParent();
      try (Stream<Path> files = Files.list(root)) {
        return files.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith(prefix) && n.endsWith(".json")).sorted().toList();
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot list vector files", e);
    }
  }

  /// Hex field of a case; a JSON null gives null.
  public static byte[] hex(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return HEX.parseHex(v.asText());
  }

  public static byte[] hex(String text) {
    return HEX.parseHex(text);
  }
}
