package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.HashSet;
import java.util.Set;

/// Whole-tree checks a client runs on a tree it did not build itself, e.g. when joining (RFC 9420 §12.4.3.1).
public final class TreeValidation {

  private TreeValidation() {
  }

  /// The checks a joiner runs on a tree it received (RFC 9420 §12.4.3.1): the tree hash, parent hashes, unmerged
  /// leaves, distinct keys and every leaf signature. Leaf-by-leaf §7.3 checks with the group's policy are
  /// [LeafNodeValidation]'s.
  public static void verifyReceivedTree(CipherSuite suite, RatchetTree tree, Bytes groupId, Bytes expectedTreeHash) {
    verifyTreeHash(suite, tree, expectedTreeHash);
    verifyUnmergedLeaves(tree);
    ParentHashes.verify(suite, tree);
    verifyDistinctKeys(tree);
    verifyLeafSignatures(suite, tree, groupId);
  }

  /// Every non-blank leaf's signature verifies (§7.3); update and commit leaves are bound to `groupId` and their
  /// own index.
  public static void verifyLeafSignatures(CipherSuite suite, RatchetTree tree, Bytes groupId) {
    for (int i = 0; i < tree.leafCount(); i++) {
      if (tree.node(2 * i) instanceof LeafNode leaf && !leaf.verifySignature(suite, groupId, LeafIndex.of(i))) {
        throw new ValidationException(ValidationCheck.SIGNATURE, "leaf " + i + " has an invalid signature");
      }
    }
  }

  /// The tree's root hash equals `expected` (§7.8), e.g. the tree_hash of a GroupContext.
  public static void verifyTreeHash(CipherSuite suite, RatchetTree tree, Bytes expected) {
    if (!tree.treeHash(suite).equals(expected)) {
      throw new ValidationException(ValidationCheck.TREE_HASH, "the ratchet tree does not match the tree hash");
    }
  }

  /// Each unmerged leaf of a parent is a distinct, non-blank leaf in that parent's subtree (§7.1, §7.9.2).
  public static void verifyUnmergedLeaves(RatchetTree tree) {
    for (int p = 1; p < tree.nodeCount(); p += 2) {
      ParentNode parent = tree.parent(p);
      if (parent == null) {
        continue;
      }
      int[] range = dev.quicnprotochat.mls.treemath.TreeMath.leafRange(p);
      Set<LeafIndex> seen = new HashSet<>();
      for (LeafIndex l : parent.unmergedLeaves()) {
        if (!seen.add(l)) {
          throw new ValidationException(ValidationCheck.PARENT_HASH, "parent " + p + " lists " + l + " twice");
        }
        if (l.value() < range[0] || l.value() >= range[1] || tree.isBlank(l.node().value())) {
          throw new ValidationException(ValidationCheck.PARENT_HASH, "parent " + p + " lists " + l
              + " as unmerged, which is blank or not below it");
        }
      }
    }
  }

  /// No two leaves share an encryption or signature key, and no two nodes share an encryption key (§7.3).
  public static void verifyDistinctKeys(RatchetTree tree) {
    Set<Bytes> encryptionKeys = new HashSet<>();
    Set<Bytes> signatureKeys = new HashSet<>();
    for (int i = 0; i < tree.nodeCount(); i++) {
      Node n = tree.node(i);
      if (n == null) {
        continue;
      }
      if (!encryptionKeys.add(n.encryptionKey())) {
        throw new ValidationException(ValidationCheck.DUPLICATE_KEY, "node " + i + " repeats an encryption key");
      }
      if (n instanceof LeafNode leaf && !signatureKeys.add(leaf.signatureKey())) {
        throw new ValidationException(ValidationCheck.DUPLICATE_KEY, "leaf " + i / 2 + " repeats a signature key");
      }
    }
  }
}
