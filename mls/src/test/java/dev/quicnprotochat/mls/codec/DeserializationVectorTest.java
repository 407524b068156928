package dev.quicnprotochat.mls.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// deserialization.json (RFC 9420 §2.1.2): variable-length headers decode to their length and re-encode minimally.
class DeserializationVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("deserialization.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void headerDecodesToLengthAndReEncodes(JsonNode c) {
    byte[] header = Vectors.hex(c, "vlbytes_header");
    long length = c.get("length").asLong();
    assertEquals(length, TlsReader.decode(header, TlsReader::varint));
    assertArrayEquals(header, new TlsWriter().varint(length).toByteArray());
  }
}
