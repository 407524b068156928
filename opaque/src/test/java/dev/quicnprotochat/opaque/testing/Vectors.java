package dev.quicnprotochat.opaque.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/// Loads the official vector files from the test classpath.
public final class Vectors {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Vectors() {}

  public static JsonNode load(String resource) {
    try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] hex(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      throw new IllegalArgumentException("vector has no field " + field);
    }
    return HexFormat.of().parseHex(v.asText());
  }

  public static byte[] hexOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null ? null : HexFormat.of().parseHex(v.asText());
  }
}
