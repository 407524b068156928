package dev.quicnprotochat.mls.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// tree-validation.json: resolutions and tree hashes of every node of the padded tree, parent-hash validity and
/// every leaf signature, plus the §7.3 leaf checks (signature, lifetime, capabilities, unique keys).
class TreeValidationVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("tree-validation.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void resolutionsTreeHashesParentHashesAndSignaturesMatch(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    Bytes treeBytes = Bytes.wrap(Vectors.hex(c, "tree"));
    RatchetTree tree = RatchetTree.decode(treeBytes);
    Bytes groupId = Bytes.wrap(Vectors.hex(c, "group_id"));

    JsonNode resolutions = c.get("resolutions");
    JsonNode treeHashes = c.get("tree_hashes");
    assertEquals(tree.nodeCount(), resolutions.size(), "resolutions cover the padded tree");
    assertEquals(tree.nodeCount(), treeHashes.size(), "tree hashes cover the padded tree");
    for (int x = 0; x < tree.nodeCount(); x++) {
      int[] expected = new int[resolutions.get(x).size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = resolutions.get(x).get(i).asInt();
      }
      assertArrayEquals(expected, tree.resolution(x), "resolution of node " + x);
      assertEquals(Bytes.fromHex(treeHashes.get(x).asText()), tree.treeHash(suite, x), "tree hash of node " + x);
    }
    assertDoesNotThrow(() -> ParentHashes.verify(suite, tree), "parent hashes");
    assertDoesNotThrow(() -> TreeValidation.verifyLeafSignatures(suite, tree, groupId), "leaf signatures");
    assertDoesNotThrow(() -> TreeValidation.verifyUnmergedLeaves(tree), "unmerged leaves");
    assertDoesNotThrow(() -> TreeValidation.verifyDistinctKeys(tree), "distinct keys");
    assertEquals(treeBytes, tree.toBytes(), "the tree re-encodes byte for byte");
    for (LeafIndex leaf : tree.occupiedLeaves()) {
      LeafNode node = tree.leaf(leaf).orElseThrow();
      // The vector's lifetimes expired in 2024: judge each leaf as of its own not_before.
      Clock clock = Clock.fixed(Instant.ofEpochSecond(node.lifetime().map(Lifetime::notBefore).orElse(0L)),
          ZoneOffset.UTC);
      assertDoesNotThrow(() -> LeafNodeValidation.validate(suite, node, node.source(), groupId, leaf, clock, tree),
          "leaf validation of " + leaf);
    }
  }
}
