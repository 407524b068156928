package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.util.Arrays;

/// Per-node tree hashes (RFC 9420 §7.8) of one tree, computed on demand for one cipher suite.
///
/// ```
/// struct { uint32 leaf_index; optional<LeafNode> leaf_node; } LeafNodeHashInput;
/// struct { optional<ParentNode> parent_node; opaque left_hash<V>; opaque right_hash<V>; } ParentNodeHashInput;
/// struct {
///   NodeType node_type;
///   select (TreeHashInput.node_type) {
///     case leaf:   LeafNodeHashInput leaf_node;
///     case parent: ParentNodeHashInput parent_node;
///   };
/// } TreeHashInput;
/// ```
final class TreeHashCache {

  private byte[][] hashes;
  private int suiteId = -1;

  TreeHashCache(int nodeCount) {
    this.hashes = new byte[nodeCount][];
  }

  private TreeHashCache(byte[][] hashes, int suiteId) {
    this.hashes = hashes;
    this.suiteId = suiteId;
  }

  /// A cache holding `hashes` (one per node, for suite `suiteId`), taken as they are.
  static TreeHashCache of(byte[][] hashes, int suiteId) {
    return new TreeHashCache(hashes, suiteId);
  }

  synchronized TreeHashCache copy() {
    return new TreeHashCache(hashes.clone(), suiteId);
  }

  /// A cache for a tree of `nodeCount` nodes that shares this one's leftmost nodes. A subtree's hash depends only
  /// on that subtree, so the shared nodes keep their hashes; nodes beyond the old end start empty.
  synchronized TreeHashCache resized(int nodeCount) {
    byte[][] copy = Arrays.copyOf(hashes, nodeCount);
    return new TreeHashCache(copy, suiteId);
  }

  /// Forgets the hashes of `x` and all its ancestors.
  synchronized void invalidatePath(int x, int leafCount) {
    hashes[x] = null;
    for (int p : TreeMath.directPath(x, leafCount)) {
      hashes[p] = null;
    }
  }

  /// The tree hash of node `x`; the returned array must not be modified.
  synchronized byte[] treeHash(CipherSuite suite, RatchetTree tree, int x) {
    if (suite.id() != suiteId) {
      Arrays.fill(hashes, null);
      suiteId = suite.id();
    }
    return compute(suite, tree, x);
  }

  /// The hashes of all nodes, in node order, computing the missing ones (the root's hash needs every node's).
  synchronized byte[][] all(CipherSuite suite, RatchetTree tree) {
    treeHash(suite, tree, tree.rootIndex());
    return hashes.clone();
  }

  private byte[] compute(CipherSuite suite, RatchetTree tree, int x) {
    byte[] cached = hashes[x];
    if (cached != null) {
      return cached;
    }
    byte[] h;
    if ((x & 1) == 0) {
      h = suite.hash(leafInput(tree.node(x), x >>> 1));
    } else {
      byte[] left = compute(suite, tree, TreeMath.left(x));
      byte[] right = compute(suite, tree, TreeMath.right(x));
      h = suite.hash(parentInput(tree.parent(x), left, right));
    }
    hashes[x] = h;
    return h;
  }

  static byte[] leafInput(Node leaf, int leafIndex) {
    TlsWriter w = new TlsWriter(512);
    w.u8(Node.LEAF).u32(leafIndex);
    if (leaf == null) {
      w.u8(0);
    } else {
      w.u8(1);
      leaf.encodeBody(w);
    }
    return w.toByteArray();
  }

  static byte[] parentInput(ParentNode parent, byte[] leftHash, byte[] rightHash) {
    TlsWriter w = new TlsWriter(256);
    w.u8(Node.PARENT);
    if (parent == null) {
      w.u8(0);
    } else {
      w.u8(1);
      parent.encodeBody(w);
    }
    w.opaque(leftHash).opaque(rightHash);
    return w.toByteArray();
  }
}
