package dev.quicnprotochat.mls.treemath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.testing.Vectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// tree-math.json: every entry of the `left`, `right`, `parent` and `sibling` arrays, where `null` means the
/// function is undefined there and must refuse.
class TreeMathVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("tree-math.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void treeMathMatchesEveryArrayEntry(JsonNode c) {
    int nLeaves = c.get("n_leaves").asInt();
    int nNodes = c.get("n_nodes").asInt();
    assertEquals(nNodes, TreeMath.nodeWidth(nLeaves));
    assertEquals(c.get("root").asInt(), TreeMath.root(nLeaves));
    assertEquals(nNodes, c.get("left").size());
    for (int x = 0; x < nNodes; x++) {
      NodeIndex node = NodeIndex.of(x);
      int n = x;
      check(c.get("left").get(x), () -> TreeMath.left(node).value(), "left(" + x + ")");
      check(c.get("right").get(x), () -> TreeMath.right(node).value(), "right(" + x + ")");
      check(c.get("parent").get(x), () -> TreeMath.parent(node, nLeaves).value(), "parent(" + x + ")");
      check(c.get("sibling").get(x), () -> TreeMath.sibling(node, nLeaves).value(), "sibling(" + n + ")");
    }
  }

  private static void check(JsonNode expected, java.util.function.IntSupplier actual, String what) {
    if (expected.isNull()) {
      assertThrows(UsageException.class, actual::getAsInt, what + " must be undefined");
    } else {
      assertEquals(expected.asInt(), actual.getAsInt(), what);
    }
  }
}
