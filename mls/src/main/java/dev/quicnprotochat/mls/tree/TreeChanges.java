package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.util.ArrayList;
import java.util.List;

/// The membership changes of RFC 9420 §12.1 applied to a [RatchetTree]; each returns a new tree.
final class TreeChanges {

  private TreeChanges() {
  }

  /// RFC 9420 §7.7 and §12.1.1: the new leaf goes into the leftmost blank leaf, doubling the tree when there is
  /// none, and becomes an unmerged leaf of every non-blank parent on its direct path.
  static RatchetTree.Added add(RatchetTree tree, LeafNode leaf) {
    int index = -1;
    for (int i = 0; i < tree.leafCount(); i++) {
      if (tree.isBlank(2 * i)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      index = tree.leafCount();
      tree = tree.extended();
    }
    LeafIndex added = LeafIndex.of(index);
    int[] path = TreeMath.directPath(added.node().value(), tree.leafCount());
    List<Integer> changed = new ArrayList<>();
    List<Node> replacements = new ArrayList<>();
    changed.add(added.node().value());
    replacements.add(leaf);
    for (int p : path) {
      ParentNode parent = tree.parent(p);
      if (parent != null) {
        List<LeafIndex> unmerged = new ArrayList<>(parent.unmergedLeaves());
        unmerged.add(added);
        changed.add(p);
        replacements.add(parent.withUnmergedLeaves(unmerged));
      }
    }
    return new RatchetTree.Added(apply(tree, changed, replacements), added);
  }

  /// RFC 9420 §12.1.2: replace the sender's leaf and blank its direct path.
  static RatchetTree update(RatchetTree tree, LeafIndex leaf, LeafNode replacement) {
    RatchetTree.requireLeaf(tree, leaf);
    return replaceAndBlankPath(tree, leaf, replacement);
  }

  /// RFC 9420 §12.1.3: blank the leaf and its direct path, then truncate.
  static RatchetTree remove(RatchetTree tree, LeafIndex leaf) {
    RatchetTree.requireLeaf(tree, leaf);
    return truncate(replaceAndBlankPath(tree, leaf, null));
  }

  private static RatchetTree replaceAndBlankPath(RatchetTree tree, LeafIndex leaf, LeafNode replacement) {
    int x = leaf.node().value();
    int[] path = TreeMath.directPath(x, tree.leafCount());
    int[] indices = new int[path.length + 1];
    Node[] nodes = new Node[path.length + 1];
    indices[0] = x;
    nodes[0] = replacement;
    System.arraycopy(path, 0, indices, 1, path.length);
    return tree.with(indices, nodes);
  }

  /// RFC 9420 §12.1.3: drop the right subtree while it has no non-blank leaf, leaving `2^d` leaves for the
  /// smallest `d` with `2^d` greater than the rightmost non-blank leaf index.
  static RatchetTree truncate(RatchetTree tree) {
    int last = -1;
    for (int i = tree.leafCount() - 1; i >= 0; i--) {
      if (!tree.isBlank(2 * i)) {
        last = i;
        break;
      }
    }
    int leaves = 1;
    while (leaves <= last) {
      leaves <<= 1;
    }
    return tree.truncatedTo(leaves);
  }

  private static RatchetTree apply(RatchetTree tree, List<Integer> indices, List<Node> nodes) {
    int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
    return tree.with(idx, nodes.toArray(new Node[0]));
  }
}
