package dev.quicnprotochat.opaque.oprf;

import static dev.quicnprotochat.opaque.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.opaque.crypto.GroupElement;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.testing.FixedRandom;
import dev.quicnprotochat.opaque.testing.Vectors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// RFC 9497 Appendix A vectors (oprf/allVectors.json), base mode 0x00, suites ristretto255-SHA512 and P256-SHA256:
/// one case per suite for DeriveKeyPair and one per vector entry for Blind, BlindEvaluate, Finalize and Evaluate.
class OprfVectorTest {

  private static final String FILE = "/vectors/oprf/allVectors.json";
  private static final Set<String> SUITES = Set.of("ristretto255-SHA512", "P256-SHA256");

  static Stream<Arguments> suites() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode suite : Vectors.load(FILE)) {
      if (suite.get("mode").asInt() == 0 && SUITES.contains(suite.get("identifier").asText())) {
        out.add(Arguments.of(suite.get("identifier").asText(), suite));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> entries() {
    List<Arguments> out = new ArrayList<>();
    suites().forEach(a -> {
      JsonNode suite = (JsonNode) a.get()[1];
      JsonNode vectors = suite.get("vectors");
      for (int i = 0; i < vectors.size(); i++) {
        out.add(Arguments.of(a.get()[0] + " mode 0 vector " + i + " (batch " + vectors.get(i).get("Batch") + ")",
            suite, vectors.get(i)));
      }
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} DeriveKeyPair")
  @MethodSource("suites")
  void deriveKeyPairGivesSkSm(String name, JsonNode suite) {
    OprfSuite s = OprfSuite.byIdentifier(name);
    Oprf oprf = new Oprf(s);
    assertArrayEquals(hex(suite, "groupDST"), oprf.hashToGroupDst());
    OprfKeyPair kp = oprf.deriveKeyPair(hex(suite, "seed"), hex(suite, "keyInfo"));
    assertEquals(suite.get("skSm").asText(), HexFormat.of().formatHex(s.group().serializeScalar(kp.privateKey())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void protocolReproducesVector(String name, JsonNode suite, JsonNode vector) {
    OprfSuite s = OprfSuite.byIdentifier(suite.get("identifier").asText());
    PrimeOrderGroup group = s.group();
    Oprf oprf = new Oprf(s);
    BigInteger sk = oprf.deriveKeyPair(hex(suite, "seed"), hex(suite, "keyInfo")).privateKey();

    String[] inputs = vector.get("Input").asText().split(",");
    String[] blinds = vector.get("Blind").asText().split(",");
    String[] blinded = vector.get("BlindedElement").asText().split(",");
    String[] evaluated = vector.get("EvaluationElement").asText().split(",");
    String[] outputs = vector.get("Output").asText().split(",");
    assertEquals(vector.get("Batch").asInt(), inputs.length);
    for (int i = 0; i < inputs.length; i++) {
      byte[] input = HexFormat.of().parseHex(inputs[i]);
      FixedRandom random = FixedRandom.of(HexFormat.of().parseHex(blinds[i]));
      BlindedInput b = oprf.blind(input, random);
      assertTrue(random.exhausted());
      assertEquals(blinded[i], HexFormat.of().formatHex(group.serialize(b.blindedElement())));

      // The server sees only bytes: deserialize them as a peer would.
      GroupElement received = group.deserialize(HexFormat.of().parseHex(blinded[i]));
      GroupElement eval = oprf.blindEvaluate(sk, received);
      assertEquals(evaluated[i], HexFormat.of().formatHex(group.serialize(eval)));

      GroupElement evalReceived = group.deserialize(HexFormat.of().parseHex(evaluated[i]));
      assertEquals(outputs[i], HexFormat.of().formatHex(oprf.finalizeOutput(input, b.blind(), evalReceived)));
      assertEquals(outputs[i], HexFormat.of().formatHex(oprf.evaluate(sk, input)));
    }
  }
}
