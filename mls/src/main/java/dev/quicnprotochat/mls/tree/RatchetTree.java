package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.NodeIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// The ratchet tree (RFC 9420 §7): an array of optional nodes in the layout of Appendix C, always holding a
/// power-of-two number of leaves. `null` marks a blank node.
///
/// Values are immutable: every change returns a new tree and leaves this one as it was. Tree hashes are cached
/// per node and survive changes to other parts of the tree, since a subtree's hash depends only on that subtree.
public final class RatchetTree {

  private final Node[] nodes;
  private final int leafCount;
  private final TreeHashCache hashes;
  // Per node, the hash code of its encryption key and (leaves only) of its signature key, 0 when blank: the
  // uniqueness checks of RFC 9420 §7.3 scan these instead of 2N − 1 scattered node objects. Never mutated once
  // the tree is built (trees derived from this one copy them).
  private final int[] encryptionKeyHashes;
  private final int[] signatureKeyHashes;

  private RatchetTree(Node[] nodes, TreeHashCache hashes) {
    this(nodes, hashes, keyHashes(nodes, false), keyHashes(nodes, true));
  }

  private RatchetTree(Node[] nodes, TreeHashCache hashes, int[] encryptionKeyHashes, int[] signatureKeyHashes) {
    this.nodes = nodes;
    this.leafCount = (nodes.length + 1) / 2;
    this.hashes = hashes;
    this.encryptionKeyHashes = encryptionKeyHashes;
    this.signatureKeyHashes = signatureKeyHashes;
  }

  private static int[] keyHashes(Node[] nodes, boolean signature) {
    int[] out = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      out[i] = keyHash(nodes[i], signature);
    }
    return out;
  }

  private static int keyHash(Node node, boolean signature) {
    if (node == null) {
      return 0;
    }
    if (signature) {
      return node instanceof LeafNode l ? l.signatureKey().hashCode() : 0;
    }
    return node.encryptionKey().hashCode();
  }

  /// A tree holding one member.
  public static RatchetTree ofSingleLeaf(LeafNode leaf) {
    return new RatchetTree(new Node[] {leaf}, new TreeHashCache(1));
  }

  /// Builds a tree from an array of nodes (blank = `null`), padding it with blanks to a power-of-two leaf count.
  public static RatchetTree of(List<? extends Node> nodeList) {
    if (nodeList.isEmpty() || nodeList.size() % 2 == 0) {
      throw new CodecException("a ratchet tree has an odd number of nodes, not " + nodeList.size());
    }
    int leaves = Integer.highestOneBit((nodeList.size() + 1) / 2);
    if (leaves < (nodeList.size() + 1) / 2) {
      leaves <<= 1;
    }
    Node[] array = new Node[TreeMath.nodeWidth(leaves)];
    for (int i = 0; i < nodeList.size(); i++) {
      Node n = nodeList.get(i);
      if (n != null && (n instanceof LeafNode) != ((i & 1) == 0)) {
        throw new CodecException("node " + i + " has the wrong type for its position");
      }
      array[i] = n;
    }
    return new RatchetTree(array, new TreeHashCache(array.length));
  }

  /// Decodes the `ratchet_tree` extension body, `optional<Node> ratchet_tree<V>` (RFC 9420 §12.4.3.3). Trailing
  /// blank nodes are omitted on the wire, so the last node must be present.
  public static RatchetTree decode(TlsReader r) {
    List<Node> list = new ArrayList<>();
    TlsReader body = r.vector();
    while (body.hasRemaining()) {
      list.add(body.optional(Node::decode).orElse(null));
    }
    if (list.isEmpty() || list.getLast() == null) {
      throw new CodecException("a serialised ratchet tree must end with a non-blank node");
    }
    return of(list);
  }

  public static RatchetTree decode(Bytes bytes) {
    return TlsReader.decode(bytes, RatchetTree::decode);
  }

  /// The tree carried in a `ratchet_tree` extension (RFC 9420 §12.4.3.3).
  public static RatchetTree fromExtension(Extension extension) {
    if (extension.extensionType() != ExtensionType.RATCHET_TREE) {
      throw new UsageException("extension " + extension.extensionType() + " is not a ratchet_tree extension");
    }
    return decode(extension.extensionData());
  }

  /// This tree as a `ratchet_tree` extension.
  public Extension toExtension() {
    return new Extension(ExtensionType.RATCHET_TREE, toBytes());
  }

  /// Encodes the tree as the `ratchet_tree` extension body, omitting trailing blank nodes.
  public void encode(TlsWriter w) {
    int end = nodes.length;
    while (end > 0 && nodes[end - 1] == null) {
      end--;
    }
    int last = end;
    w.vector(x -> {
      for (int i = 0; i < last; i++) {
        x.optional(Optional.ofNullable(nodes[i]), (y, n) -> n.encode(y));
      }
    });
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(256 * nodes.length);
    encode(w);
    return w.toBytes();
  }

  /// The number of leaves, blank or not (a power of two).
  public int leafCount() {
    return leafCount;
  }

  /// The number of node slots (`2 * leafCount - 1`).
  public int nodeCount() {
    return nodes.length;
  }

  /// The node at `index`, or `null` when blank.
  public Node node(int index) {
    return nodes[index];
  }

  public Optional<Node> node(NodeIndex index) {
    return Optional.ofNullable(nodes[index.value()]);
  }

  public Optional<LeafNode> leaf(LeafIndex leaf) {
    if (leaf.value() >= leafCount) {
      return Optional.empty();
    }
    return Optional.ofNullable((LeafNode) nodes[leaf.node().value()]);
  }

  /// The parent node at `index` (odd), or `null` when blank.
  public ParentNode parent(int index) {
    return (ParentNode) nodes[index];
  }

  public boolean isBlank(int index) {
    return nodes[index] == null;
  }

  /// The first node other than `except` whose encryption key is `key`, or -1 (RFC 9420 §7.3 uniqueness).
  public int nodeWithEncryptionKey(Bytes key, int except) {
    int h = key.hashCode();
    for (int i = 0; i < nodes.length; i++) {
      if (encryptionKeyHashes[i] == h && i != except && nodes[i] != null && nodes[i].encryptionKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /// The node index of the first leaf other than node `except` whose signature key is `key`, or -1.
  public int leafWithSignatureKey(Bytes key, int except) {
    int h = key.hashCode();
    for (int i = 0; i < nodes.length; i += 2) {
      if (signatureKeyHashes[i] == h && i != except && nodes[i] instanceof LeafNode l
          && l.signatureKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /// The indices of all non-blank leaves, in order.
  public List<LeafIndex> occupiedLeaves() {
    List<LeafIndex> out = new ArrayList<>();
    for (int i = 0; i < leafCount; i++) {
      if (nodes[2 * i] != null) {
        out.add(LeafIndex.of(i));
      }
    }
    return out;
  }

  public int rootIndex() {
    return TreeMath.root(leafCount);
  }

  /// The resolution of node `x` (RFC 9420 §4.1): the minimal set of non-blank nodes covering its subtree, in
  /// left-to-right order, with a parent's unmerged leaves after the parent.
  public int[] resolution(int x) {
    int[][] out = {new int[8]};
    int n = resolve(x, out, 0);
    return Arrays.copyOf(out[0], n);
  }

  private int resolve(int x, int[][] out, int at) {
    Node node = nodes[x];
    if (node != null) {
      at = push(out, at, x);
      if (node instanceof ParentNode p) {
        for (LeafIndex l : p.unmergedLeaves()) {
          at = push(out, at, l.node().value());
        }
      }
      return at;
    }
    if ((x & 1) == 0) {
      return at;
    }
    at = resolve(TreeMath.left(x), out, at);
    return resolve(TreeMath.right(x), out, at);
  }

  private static int push(int[][] out, int at, int value) {
    if (at == out[0].length) {
      out[0] = Arrays.copyOf(out[0], at * 2);
    }
    out[0][at] = value;
    return at + 1;
  }

  public List<NodeIndex> resolution(NodeIndex x) {
    return Arrays.stream(resolution(x.value())).mapToObj(NodeIndex::of).toList();
  }

  /// The filtered direct path of `leaf` (RFC 9420 §4.1): its direct path without the nodes whose copath child has
  /// an empty resolution.
  public int[] filteredDirectPath(LeafIndex leaf) {
    int x = leaf.node().value();
    int[] dp = TreeMath.directPath(x, leafCount);
    int[] out = new int[dp.length];
    int n = 0;
    int child = x;
    for (int p : dp) {
      int copathChild = child < p ? TreeMath.right(p) : TreeMath.left(p);
      if (!isResolutionEmpty(copathChild)) {
        out[n++] = p;
      }
      child = p;
    }
    return Arrays.copyOf(out, n);
  }

  /// The copath child of each filtered direct path node, in the same order.
  public int[] filteredCopath(LeafIndex leaf) {
    int x = leaf.node().value();
    int[] dp = TreeMath.directPath(x, leafCount);
    int[] out = new int[dp.length];
    int n = 0;
    int child = x;
    for (int p : dp) {
      int copathChild = child < p ? TreeMath.right(p) : TreeMath.left(p);
      if (!isResolutionEmpty(copathChild)) {
        out[n++] = copathChild;
      }
      child = p;
    }
    return Arrays.copyOf(out, n);
  }

  private boolean isResolutionEmpty(int x) {
    if (nodes[x] != null) {
      return false;
    }
    if ((x & 1) == 0) {
      return true;
    }
    return isResolutionEmpty(TreeMath.left(x)) && isResolutionEmpty(TreeMath.right(x));
  }

  /// The tree hash of the whole tree (RFC 9420 §7.8).
  public Bytes treeHash(CipherSuite suite) {
    return treeHash(suite, rootIndex());
  }

  /// The tree hash of the subtree rooted at node `x` (RFC 9420 §7.8).
  public Bytes treeHash(CipherSuite suite, int x) {
    return Bytes.wrap(hashes.treeHash(suite, this, x).clone());
  }

  /// The tree hash of every node (RFC 9420 §7.8), concatenated in node order, each `suite.hashLength()` bytes: what
  /// [#withStoredHashes] takes back, so a tree restored from storage need not hash all its 2N − 1 nodes again.
  public byte[] nodeHashes(CipherSuite suite) {
    byte[][] all = hashes.all(suite, this);
    int len = suite.hashLength();
    byte[] out = new byte[all.length * len];
    for (int i = 0; i < all.length; i++) {
      System.arraycopy(all[i], 0, out, i * len, len);
    }
    return out;
  }

  /// This tree with the node hashes `stored` (from [#nodeHashes] for the same tree and suite) taken as computed.
  /// They are not checked: only for state whose integrity the caller verified (a stored group's checksum).
  public RatchetTree withStoredHashes(CipherSuite suite, byte[] stored) {
    int len = suite.hashLength();
    if (stored.length != nodes.length * len) {
      throw new CodecException("stored tree hashes have " + stored.length + " bytes for " + nodes.length
          + " nodes");
    }
    byte[][] h = new byte[nodes.length][];
    for (int i = 0; i < h.length; i++) {
      h[i] = Arrays.copyOfRange(stored, i * len, (i + 1) * len);
    }
    return new RatchetTree(nodes, TreeHashCache.of(h, suite.id()), encryptionKeyHashes, signatureKeyHashes);
  }

  byte[] cachedTreeHash(CipherSuite suite, int x) {
    return hashes.treeHash(suite, this, x);
  }

  /// A tree with the given nodes replaced (`null` blanks a node); other nodes and their cached hashes are kept.
  RatchetTree with(int[] indices, Node[] replacements) {
    Node[] copy = nodes.clone();
    TreeHashCache cache = hashes.copy();
    int[] encryption = encryptionKeyHashes.clone();
    int[] signature = signatureKeyHashes.clone();
    for (int i = 0; i < indices.length; i++) {
      copy[indices[i]] = replacements[i];
      cache.invalidatePath(indices[i], leafCount);
      encryption[indices[i]] = keyHash(replacements[i], false);
      signature[indices[i]] = keyHash(replacements[i], true);
    }
    return new RatchetTree(copy, cache, encryption, signature);
  }

  /// A tree with twice as many leaves; the new right half is blank (RFC 9420 §7.7).
  RatchetTree extended() {
    Node[] copy = Arrays.copyOf(nodes, TreeMath.nodeWidth(leafCount * 2));
    return new RatchetTree(copy, hashes.resized(copy.length), Arrays.copyOf(encryptionKeyHashes, copy.length),
        Arrays.copyOf(signatureKeyHashes, copy.length));
  }

  /// A tree cut to `leaves` leaves (a power of two no larger than now).
  RatchetTree truncatedTo(int leaves) {
    if (leaves == leafCount) {
      return this;
    }
    Node[] copy = Arrays.copyOf(nodes, TreeMath.nodeWidth(leaves));
    return new RatchetTree(copy, hashes.resized(copy.length), Arrays.copyOf(encryptionKeyHashes, copy.length),
        Arrays.copyOf(signatureKeyHashes, copy.length));
  }

  /// The result of adding a member: the new tree and the leaf the member occupies.
  public record Added(RatchetTree tree, LeafIndex leaf) {
  }

  /// Adds `leaf` in the leftmost blank leaf, extending the tree if it is full (RFC 9420 §7.7, §12.1.1).
  public Added addLeaf(LeafNode leaf) {
    return TreeChanges.add(this, leaf);
  }

  /// Replaces `leaf`'s node and blanks its direct path (RFC 9420 §12.1.2).
  public RatchetTree updateLeaf(LeafIndex leaf, LeafNode replacement) {
    return TreeChanges.update(this, leaf, replacement);
  }

  /// Blanks `leaf` and its direct path, then truncates trailing blank subtrees (RFC 9420 §12.1.3).
  public RatchetTree removeLeaf(LeafIndex leaf) {
    return TreeChanges.remove(this, leaf);
  }

  /// A tree with `nodes` set at `indices` (`null` blanks a node); for merging an UpdatePath.
  public RatchetTree withNodes(int[] indices, Node[] replacements) {
    for (int i = 0; i < indices.length; i++) {
      Node n = replacements[i];
      if (n != null && (n instanceof LeafNode) != ((indices[i] & 1) == 0)) {
        throw new UsageException("node " + indices[i] + " cannot hold a " + n.getClass().getSimpleName());
      }
    }
    return with(indices, replacements);
  }

  /// The nodes as a list (blank = `null`), including trailing blanks.
  public List<Node> nodes() {
    return java.util.Collections.unmodifiableList(Arrays.asList(nodes.clone()));
  }

  static void requireLeaf(RatchetTree tree, LeafIndex leaf) {
    if (leaf.value() >= tree.leafCount || tree.nodes[leaf.node().value()] == null) {
      throw new UsageException(leaf + " is blank or outside the tree");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatchetTree other && Arrays.equals(nodes, other.nodes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes);
  }

  @Override
  public String toString() {
    return "RatchetTree[" + leafCount + " leaves, " + occupiedLeaves().size() + " members]";
  }
}
