package dev.quicnprotochat.mls.treemath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeMathTest {

  @Test
  void directPathAndCopathFollowTheFigureOfSection4() {
    // RFC 9420 §4.1, 8 leaves: leaf A (node 0) has direct path 1, 3, 7 and copath 2, 5, 11.
    assertArrayEquals(new int[] {1, 3, 7}, TreeMath.directPath(0, 8));
    assertArrayEquals(new int[] {2, 5, 11}, TreeMath.copath(0, 8));
    assertArrayEquals(new int[] {13, 11, 7}, TreeMath.directPath(12, 8));
    assertArrayEquals(new int[] {14, 9, 3}, TreeMath.copath(12, 8));
    assertEquals(List.of(NodeIndex.of(5), NodeIndex.of(3), NodeIndex.of(7)),
        TreeMath.directPath(LeafIndex.of(3), 8));
  }

  @Test
  void rootHasAnEmptyDirectPath() {
    assertArrayEquals(new int[0], TreeMath.directPath(0, 1));
    assertArrayEquals(new int[0], TreeMath.copath(3, 4));
  }

  @Test
  void subtreeMembershipAndCommonAncestor() {
    assertTrue(TreeMath.isInSubtree(3, 0));
    assertTrue(TreeMath.isInSubtree(3, 5));
    assertTrue(TreeMath.isInSubtree(3, 3));
    assertFalse(TreeMath.isInSubtree(3, 7));
    assertFalse(TreeMath.isInSubtree(3, 8));
    assertEquals(3, TreeMath.commonAncestor(0, 6));
    assertEquals(7, TreeMath.commonAncestor(2, 12));
    assertEquals(5, TreeMath.commonAncestor(4, 6));
    assertEquals(4, TreeMath.commonAncestor(4, 4));
    assertArrayEquals(new int[] {4, 8}, TreeMath.leafRange(11));
  }

  @Test
  void leafCountMustBeAPowerOfTwo() {
    assertThrows(UsageException.class, () -> TreeMath.root(3));
    assertThrows(UsageException.class, () -> TreeMath.parent(0, 0));
  }

  @Test
  void indicesConvertBetweenLeafAndNodeSpaces() {
    assertEquals(NodeIndex.of(6), LeafIndex.of(3).node());
    assertEquals(LeafIndex.of(3), NodeIndex.of(6).leaf());
    assertThrows(UsageException.class, () -> NodeIndex.of(5).leaf());
    assertThrows(UsageException.class, () -> LeafIndex.of(-1));
    assertThrows(UsageException.class, () -> LeafIndex.of(LeafIndex.MAX_VALUE + 1));
    assertEquals(LeafIndex.of(5), dev.quicnprotochat.mls.codec.TlsReader.decode(new byte[] {0, 0, 0, 5},
        LeafIndex::decode));
    assertThrows(dev.quicnprotochat.mls.CodecException.class, () -> dev.quicnprotochat.mls.codec.TlsReader.decode(
        new byte[] {(byte) 0x80, 0, 0, 0}, LeafIndex::decode));
  }
}
