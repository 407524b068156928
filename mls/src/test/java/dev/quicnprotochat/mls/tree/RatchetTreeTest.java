package dev.quicnprotochat.mls.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatchetTreeTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);

  private static RatchetTree treeOf(int members) {
    RatchetTree tree = RatchetTree.ofSingleLeaf(MemberTestData.aMember(SUITE, "m0").leaf());
    for (int i = 1; i < members; i++) {
      tree = tree.addLeaf(MemberTestData.aMember(SUITE, "m" + i).leaf()).tree();
    }
    return tree;
  }

  @Test
  void addingToAFullTreeDoublesIt() {
    RatchetTree four = treeOf(4);
    assertEquals(4, four.leafCount());
    RatchetTree.Added added = four.addLeaf(MemberTestData.aMember(SUITE, "m4").leaf());
    assertEquals(LeafIndex.of(4), added.leaf());
    assertEquals(8, added.tree().leafCount());
    assertEquals(4, four.leafCount(), "the original tree is unchanged");
  }

  @Test
  void addFillsTheLeftmostBlankLeafAndRemoveTruncates() {
    RatchetTree tree = treeOf(5).removeLeaf(LeafIndex.of(1));
    assertTrue(tree.leaf(LeafIndex.of(1)).isEmpty());
    RatchetTree.Added added = tree.addLeaf(MemberTestData.aMember(SUITE, "x").leaf());
    assertEquals(LeafIndex.of(1), added.leaf());
    RatchetTree shrunk = treeOf(5).removeLeaf(LeafIndex.of(4));
    assertEquals(4, shrunk.leafCount(), "removing the only leaf of the right half truncates it");
  }

  @Test
  void cachedTreeHashesMatchAFreshlyDecodedTree() {
    RatchetTree tree = treeOf(3);
    Bytes before = tree.treeHash(SUITE);
    RatchetTree changed = tree.updateLeaf(LeafIndex.of(2), MemberTestData.aMember(SUITE, "new").leaf());
    assertEquals(RatchetTree.decode(changed.toBytes()).treeHash(SUITE), changed.treeHash(SUITE));
    assertEquals(before, tree.treeHash(SUITE), "the original's cached hash is untouched");
    assertTrue(!before.equals(changed.treeHash(SUITE)));
  }

  @Test
  void storedNodeHashesAreTakenBackWithoutRecomputing() {
    RatchetTree tree = treeOf(5);
    byte[] stored = tree.nodeHashes(SUITE);
    assertEquals(tree.nodeCount() * SUITE.hashLength(), stored.length);
    RatchetTree restored = RatchetTree.decode(tree.toBytes()).withStoredHashes(SUITE, stored);
    assertEquals(tree.treeHash(SUITE), restored.treeHash(SUITE));
    for (int x = 0; x < tree.nodeCount(); x++) {
      assertEquals(tree.treeHash(SUITE, x), restored.treeHash(SUITE, x), "node " + x);
    }
    // The stored hashes are taken as they are (their integrity is the caller's): a wrong one shows.
    byte[] wrong = stored.clone();
    wrong[tree.rootIndex() * SUITE.hashLength()] ^= 1;
    assertTrue(!tree.treeHash(SUITE).equals(RatchetTree.decode(tree.toBytes()).withStoredHashes(SUITE, wrong)
        .treeHash(SUITE)));
    assertThrows(CodecException.class, () -> tree.withStoredHashes(SUITE, Arrays.copyOf(stored, 32)));
  }

  @Test
  void encodingOmitsTrailingBlanksAndDecodingPads() {
    RatchetTree tree = treeOf(5).removeLeaf(LeafIndex.of(3));
    RatchetTree decoded = RatchetTree.decode(tree.toBytes());
    assertEquals(tree, decoded);
    assertEquals(8, decoded.leafCount());
  }

  @Test
  void aTreeTravelsAsARatchetTreeExtensionAndPassesTheJoinerChecks() {
    RatchetTree tree = treeOf(3);
    RatchetTree received = RatchetTree.fromExtension(tree.toExtension());
    assertEquals(tree, received);
    assertDoesNotThrow(() -> TreeValidation.verifyReceivedTree(SUITE, received, Bytes.fromHex("aa"),
        tree.treeHash(SUITE)));
    ValidationException e = assertThrows(ValidationException.class, () -> TreeValidation.verifyReceivedTree(SUITE,
        received, Bytes.fromHex("aa"), Bytes.fromHex("00")));
    assertEquals(ValidationCheck.TREE_HASH, e.check());
  }

  @Test
  void unmergedLeavesMustBeDistinctOccupiedAndBelowTheirParent() {
    RatchetTree tree = treeOf(3);
    ParentNode base = new ParentNode(Bytes.fromHex("aa"), Bytes.EMPTY, List.of());
    for (List<LeafIndex> bad : List.of(List.of(LeafIndex.of(1), LeafIndex.of(1)), List.of(LeafIndex.of(2)),
        List.of(LeafIndex.of(3)))) {
      RatchetTree t = tree.withNodes(new int[] {1}, new Node[] {base.withUnmergedLeaves(bad)});
      ValidationException e = assertThrows(ValidationException.class, () -> TreeValidation.verifyUnmergedLeaves(t),
          bad.toString());
      assertEquals(ValidationCheck.PARENT_HASH, e.check());
    }
  }

  @Test
  void aRepeatedEncryptionOrSignatureKeyIsRejected() {
    RatchetTree tree = treeOf(2);
    LeafNode first = tree.leaf(LeafIndex.of(0)).orElseThrow();
    RatchetTree sameLeafTwice = tree.withNodes(new int[] {2}, new Node[] {first});
    assertEquals(ValidationCheck.DUPLICATE_KEY, assertThrows(ValidationException.class,
        () -> TreeValidation.verifyDistinctKeys(sameLeafTwice)).check());
    RatchetTree parentReusesKey = tree.withNodes(new int[] {1},
        new Node[] {new ParentNode(first.encryptionKey(), Bytes.EMPTY, List.of())});
    assertEquals(ValidationCheck.DUPLICATE_KEY, assertThrows(ValidationException.class,
        () -> TreeValidation.verifyDistinctKeys(parentReusesKey)).check());
  }

  @Test
  void malformedSerialisedTreesAreCodecErrors() {
    assertThrows(CodecException.class, () -> RatchetTree.decode(Bytes.fromHex("00")), "empty tree");
    assertThrows(CodecException.class, () -> RatchetTree.decode(Bytes.fromHex("0100")), "only a blank node");
    Node leaf = treeOf(1).node(0);
    List<Node> twoLeaves = new ArrayList<>(List.of(leaf, leaf));
    assertThrows(CodecException.class, () -> RatchetTree.of(twoLeaves), "even node count");
    List<Node> leafAsParent = new ArrayList<>(List.of(leaf, leaf, leaf));
    assertThrows(CodecException.class, () -> RatchetTree.of(leafAsParent), "a leaf in a parent slot");
  }

  @Test
  void resolutionListsUnmergedLeavesAfterTheirParent() {
    RatchetTree tree = treeOf(2);
    ParentNode parent = new ParentNode(Bytes.fromHex("aa"), Bytes.EMPTY, List.of(LeafIndex.of(1)));
    tree = tree.withNodes(new int[] {1}, new Node[] {parent});
    assertArrayEquals(new int[] {1, 2}, tree.resolution(1));
    assertArrayEquals(new int[] {0}, tree.resolution(0));
  }

  @Test
  void aTamperedParentHashOrLeafSignatureIsDetected() {
    var c = Vectors.load("tree-validation.json").get(3);
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    RatchetTree tree = RatchetTree.decode(Bytes.wrap(Vectors.hex(c, "tree")));
    Bytes groupId = Bytes.wrap(Vectors.hex(c, "group_id"));
    int p = -1;
    for (int i = 1; i < tree.nodeCount() && p < 0; i += 2) {
      if (tree.parent(i) != null) {
        p = i;
      }
    }
    assertTrue(p > 0, "the vector tree has a parent node");
    ParentNode parent = tree.parent(p);
    RatchetTree badHash = tree.withNodes(new int[] {p}, new Node[] {parent.withParentHash(Bytes.fromHex("00"))});
    RatchetTree badKey = tree.withNodes(new int[] {p}, new Node[] {new ParentNode(Bytes.fromHex("01"),
        parent.parentHash(), parent.unmergedLeaves())});
    assertDoesNotThrow(() -> ParentHashes.verify(suite, tree));
    ValidationException e = assertThrows(ValidationException.class, () -> ParentHashes.verify(suite, badHash));
    assertEquals(ValidationCheck.PARENT_HASH, e.check());
    assertThrows(ValidationException.class, () -> ParentHashes.verify(suite, badKey));
    assertDoesNotThrow(() -> TreeValidation.verifyLeafSignatures(suite, tree, groupId));
    ValidationException s = assertThrows(ValidationException.class,
        () -> TreeValidation.verifyLeafSignatures(suite, tree, Bytes.fromHex("00")),
        "update and commit leaves are bound to the group id");
    assertEquals(ValidationCheck.SIGNATURE, s.check());
  }
}
