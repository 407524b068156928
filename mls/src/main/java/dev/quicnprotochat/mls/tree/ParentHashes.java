package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// Parent hashes (RFC 9420 §7.9):
///
/// ```
/// struct {
///     HPKEPublicKey encryption_key;
///     opaque parent_hash<V>;
///     opaque original_sibling_tree_hash<V>;
/// } ParentHashInput;
/// ```
///
/// The original sibling tree hash is the tree hash of the copath child's subtree as it was when the parent was
/// set: the parent's unmerged leaves, added since, are treated as blank there.
public final class ParentHashes {

  private ParentHashes() {
  }

  /// The parent hash of parent node `p` as seen from its child that is not `copathChild`.
  public static byte[] parentHash(CipherSuite suite, RatchetTree tree, int p, int copathChild) {
    ParentNode parent = tree.parent(p);
    if (parent == null) {
      throw new dev.quicnprotochat.mls.UsageException("node " + p + " is blank and has no parent hash");
    }
    return parentHash(suite, parent.encryptionKey(), parent.parentHash(),
        originalTreeHash(suite, tree, copathChild, parent.unmergedLeaves()));
  }

  /// Hash(ParentHashInput) for a parent with `encryptionKey` and `parentHash` whose copath child has the original
  /// tree hash `siblingTreeHash`.
  public static byte[] parentHash(CipherSuite suite, Bytes encryptionKey, Bytes parentHash, Bytes siblingTreeHash) {
    return parentHash(suite, encryptionKey, parentHash, siblingTreeHash.toByteArray());
  }

  static byte[] parentHash(CipherSuite suite, Bytes encryptionKey, Bytes parentHash, byte[] siblingHash) {
    TlsWriter w = new TlsWriter(encryptionKey.length() + parentHash.length() + siblingHash.length + 8);
    w.opaque(encryptionKey).opaque(parentHash).opaque(siblingHash);
    return suite.hash(w.toByteArray());
  }

  /// The tree hash of the subtree at `x` with the leaves in `removed` blanked and dropped from unmerged lists.
  static byte[] originalTreeHash(CipherSuite suite, RatchetTree tree, int x, List<LeafIndex> removed) {
    int[] range = TreeMath.leafRange(x);
    List<LeafIndex> inside = new ArrayList<>();
    for (LeafIndex l : removed) {
      if (l.value() >= range[0] && l.value() < range[1]) {
        inside.add(l);
      }
    }
    if (inside.isEmpty()) {
      return tree.cachedTreeHash(suite, x);
    }
    if ((x & 1) == 0) {
      return suite.hash(TreeHashCache.leafInput(null, x >>> 1));
    }
    ParentNode parent = tree.parent(x);
    if (parent != null) {
      List<LeafIndex> unmerged = new ArrayList<>(parent.unmergedLeaves());
      unmerged.removeAll(inside);
      parent = parent.withUnmergedLeaves(unmerged);
    }
    byte[] left = originalTreeHash(suite, tree, TreeMath.left(x), inside);
    byte[] right = originalTreeHash(suite, tree, TreeMath.right(x), inside);
    return suite.hash(TreeHashCache.parentInput(parent, left, right));
  }

  /// Checks that every non-blank parent node is parent-hash valid (RFC 9420 §7.9.2): on one side, the resolution of
  /// the child is one node D plus the parent's unmerged leaves there, and D carries the parent hash computed with
  /// the other child as copath child. Such a chain proves the parent was set by a commit from a leaf below it.
  public static void verify(CipherSuite suite, RatchetTree tree) {
    for (int p = 1; p < tree.nodeCount(); p += 2) {
      ParentNode parent = tree.parent(p);
      if (parent == null) {
        continue;
      }
      int left = TreeMath.left(p);
      int right = TreeMath.right(p);
      if (!linked(suite, tree, p, parent, left, right) && !linked(suite, tree, p, parent, right, left)) {
        throw new ValidationException(ValidationCheck.PARENT_HASH, "parent node " + p
            + " is not linked to any descendant by its parent hash");
      }
    }
  }

  /// RFC 9420 §7.9.2: P is valid with respect to a descendant D below `child` if D stores the parent hash of P
  /// taken with `copathChild`, D is in the resolution of `child`, and the rest of that resolution is exactly P's
  /// unmerged leaves under `child` (so nothing was left out of the commit that set P).
  private static boolean linked(CipherSuite suite, RatchetTree tree, int p, ParentNode parent, int child,
      int copathChild) {
    int[] resolution = tree.resolution(child);
    Set<Integer> unmergedBelow = new HashSet<>();
    for (LeafIndex l : parent.unmergedLeaves()) {
      if (TreeMath.isInSubtree(child, l.node().value())) {
        unmergedBelow.add(l.node().value());
      }
    }
    if (resolution.length != unmergedBelow.size() + 1) {
      return false;
    }
    for (int d : resolution) {
      if (!unmergedBelow.contains(d)) {
        // d is the one node of the resolution that is not an unmerged leaf of P: it must carry the link.
        Bytes stored = storedParentHash(tree.node(d));
        return stored != null && stored.equals(Bytes.wrap(parentHash(suite, tree, p, copathChild)));
      }
    }
    return false;
  }

  private static Bytes storedParentHash(Node node) {
    return switch (node) {
      case ParentNode pn -> pn.parentHash();
      case LeafNode ln -> ln.parentHash().orElse(null);
    };
  }
}
