package dev.quicnprotochat.mls.treemath;

import dev.quicnprotochat.mls.UsageException;
import java.util.ArrayList;
import java.util.List;

/// Array-based left-balanced binary tree arithmetic of RFC 9420 §4.2 and Appendix C.
///
/// RFC 9420 trees always hold a power-of-two number of leaves (§7.7 extends by doubling), so every function here
/// requires `nLeaves` to be a power of two. The `int` overloads exist for hot loops; the [NodeIndex] and
/// [LeafIndex] overloads keep callers from mixing up the two index spaces.
public final class TreeMath {

  private TreeMath() {
  }

  /// The largest `k` with `2^k <= x` (0 for `x == 0`).
  static int log2(int x) {
    return x == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(x);
  }

  /// The number of trailing one bits: the level of node `x` (RFC 9420 Appendix C).
  public static int level(int x) {
    return Integer.numberOfTrailingZeros(~x);
  }

  /// The number of nodes in a tree with `nLeaves` leaves.
  public static int nodeWidth(int nLeaves) {
    return nLeaves == 0 ? 0 : 2 * (nLeaves - 1) + 1;
  }

  private static void requireLeafCount(int nLeaves) {
    if (nLeaves <= 0 || Integer.bitCount(nLeaves) != 1) {
      throw new UsageException("a tree needs a power-of-two number of leaves, not " + nLeaves);
    }
  }

  private static void requireNode(int x, int nLeaves) {
    requireLeafCount(nLeaves);
    if (x < 0 || x >= nodeWidth(nLeaves)) {
      throw new UsageException("node " + x + " is outside a tree of " + nLeaves + " leaves");
    }
  }

  public static int root(int nLeaves) {
    requireLeafCount(nLeaves);
    return (1 << log2(nodeWidth(nLeaves))) - 1;
  }

  public static NodeIndex rootNode(int nLeaves) {
    return new NodeIndex(root(nLeaves));
  }

  /// The left child of parent node `x`.
  public static int left(int x) {
    int k = level(x);
    if (k == 0) {
      throw new UsageException("leaf node " + x + " has no children");
    }
    return x ^ (1 << (k - 1));
  }

  public static NodeIndex left(NodeIndex x) {
    return new NodeIndex(left(x.value()));
  }

  /// The right child of parent node `x`.
  public static int right(int x) {
    int k = level(x);
    if (k == 0) {
      throw new UsageException("leaf node " + x + " has no children");
    }
    return x ^ (3 << (k - 1));
  }

  public static NodeIndex right(NodeIndex x) {
    return new NodeIndex(right(x.value()));
  }

  /// The parent of node `x` in a tree of `nLeaves` leaves; the root has none.
  public static int parent(int x, int nLeaves) {
    requireNode(x, nLeaves);
    if (x == root(nLeaves)) {
      throw new UsageException("the root node " + x + " has no parent");
    }
    return parentStep(x);
  }

  public static NodeIndex parent(NodeIndex x, int nLeaves) {
    return new NodeIndex(parent(x.value(), nLeaves));
  }

  /// The parent in an infinite full tree; correct for every non-root node of a full tree.
  static int parentStep(int x) {
    int k = level(x);
    int b = (x >>> (k + 1)) & 1;
    return (x | (1 << k)) ^ (b << (k + 1));
  }

  /// The other child of node `x`'s parent.
  public static int sibling(int x, int nLeaves) {
    int p = parent(x, nLeaves);
    return x < p ? right(p) : left(p);
  }

  public static NodeIndex sibling(NodeIndex x, int nLeaves) {
    return new NodeIndex(sibling(x.value(), nLeaves));
  }

  /// The direct path of node `x` (RFC 9420 §4.1): its ancestors from its parent up to and including the root,
  /// or empty for the root.
  public static int[] directPath(int x, int nLeaves) {
    requireNode(x, nLeaves);
    int r = root(nLeaves);
    if (x == r) {
      return new int[0];
    }
    int[] path = new int[level(r) - level(x)];
    int i = 0;
    while (x != r) {
      x = parentStep(x);
      path[i++] = x;
    }
    return path;
  }

  public static List<NodeIndex> directPath(LeafIndex leaf, int nLeaves) {
    return wrap(directPath(leaf.node().value(), nLeaves));
  }

  /// The copath of node `x` (RFC 9420 §4.1): the sibling of `x` and of each node of its direct path except the
  /// root.
  public static int[] copath(int x, int nLeaves) {
    int[] dp = directPath(x, nLeaves);
    int[] out = new int[dp.length];
    int child = x;
    for (int i = 0; i < dp.length; i++) {
      out[i] = child < dp[i] ? right(dp[i]) : left(dp[i]);
      child = dp[i];
    }
    return out;
  }

  public static List<NodeIndex> copath(LeafIndex leaf, int nLeaves) {
    return wrap(copath(leaf.node().value(), nLeaves));
  }

  /// Whether node `descendant` lies in the subtree rooted at `ancestor` (a node is in its own subtree).
  public static boolean isInSubtree(int ancestor, int descendant) {
    int k = level(ancestor);
    // Nodes sharing the bits above k form the subtree, except the one with all low k+1 bits set (an ancestor).
    return level(descendant) <= k && (descendant >>> (k + 1)) == (ancestor >>> (k + 1));
  }

  /// The leaves under node `x`, as the half-open range `[first, last)` of leaf indices.
  public static int[] leafRange(int x) {
    int k = level(x);
    int firstNode = x - ((1 << k) - 1);
    int count = 1 << k;
    return new int[] {firstNode >>> 1, (firstNode >>> 1) + count};
  }

  /// The lowest common ancestor of two nodes.
  public static int commonAncestor(int a, int b) {
    int k = Math.max(level(a), level(b));
    while ((a >>> (k + 1)) != (b >>> (k + 1))) {
      k++;
    }
    // The node at level k whose subtree contains a: clear the low k bits, set bits below k.
    return ((a >>> (k + 1)) << (k + 1)) | ((1 << k) - 1);
  }

  private static List<NodeIndex> wrap(int[] nodes) {
    List<NodeIndex> out = new ArrayList<>(nodes.length);
    for (int n : nodes) {
      out.add(new NodeIndex(n));
    }
    return List.copyOf(out);
  }
}
