package dev.quicnprotochat.mls.secrettree;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// secret-tree.json (RFC 9420 §6.3.2, §9): sender-data keys, and both ratchets of every leaf at generations 0 and 15.
class SecretTreeVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("secret-tree.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void senderDataAndLeafRatchetsMatch(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode sd = c.get("sender_data");
    SenderDataKeys keys = SenderDataKeys.derive(suite, hex(sd, "sender_data_secret"), hex(sd, "ciphertext"));
    assertArrayEquals(hex(sd, "key"), keys.key());
    assertArrayEquals(hex(sd, "nonce"), keys.nonce());

    JsonNode leaves = c.get("leaves");
    SecretTree tree = new SecretTree(suite, hex(c, "encryption_secret"), leaves.size());
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      HashRatchet handshake = tree.ratchet(LeafIndex.of(leaf), RatchetType.HANDSHAKE);
      HashRatchet application = tree.ratchet(LeafIndex.of(leaf), RatchetType.APPLICATION);
      for (JsonNode g : leaves.get(leaf)) {
        long generation = g.get("generation").asLong();
        String at = "leaf " + leaf + " generation " + generation;
        RatchetKey hs = handshake.get(generation);
        RatchetKey app = application.get(generation);
        assertEquals(generation, hs.generation());
        assertArrayEquals(hex(g, "handshake_key"), hs.key().toByteArray(), at);
        assertArrayEquals(hex(g, "handshake_nonce"), hs.nonce().toByteArray(), at);
        assertArrayEquals(hex(g, "application_key"), app.key().toByteArray(), at);
        assertArrayEquals(hex(g, "application_nonce"), app.nonce().toByteArray(), at);
      }
    }
  }
}
