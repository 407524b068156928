package dev.quicnprotochat.mls.schedule;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// psk_secret.json (RFC 9420 §8.4): 0 to 10 external PSKs per case, combined into psk_secret.
class PskSecretVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("psk_secret.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void pskSecretMatches(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    List<PskSecret.Input> inputs = new ArrayList<>();
    for (JsonNode p : c.get("psks")) {
      PreSharedKeyID id = new PreSharedKeyID.External(Bytes.wrap(hex(p, "psk_id")), Bytes.wrap(hex(p, "psk_nonce")));
      inputs.add(new PskSecret.Input(id, hex(p, "psk")));
    }
    assertArrayEquals(hex(c, "psk_secret"), PskSecret.compute(suite, inputs));
  }
}
