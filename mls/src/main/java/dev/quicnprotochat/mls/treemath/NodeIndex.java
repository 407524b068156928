package dev.quicnprotochat.mls.treemath;

import dev.quicnprotochat.mls.UsageException;

/// The index of a node in the array representation of a tree (RFC 9420 §4.2, Appendix C): leaves sit at even
/// indices, parents at odd ones.
public record NodeIndex(int value) implements Comparable<NodeIndex> {

  public NodeIndex {
    if (value < 0) {
      throw new UsageException("node index " + value + " is negative");
    }
  }

  public static NodeIndex of(int value) {
    return new NodeIndex(value);
  }

  public boolean isLeaf() {
    return (value & 1) == 0;
  }

  /// The leaf index of this node; a parent node is a [UsageException].
  public LeafIndex leaf() {
    if (!isLeaf()) {
      throw new UsageException("node " + value + " is not a leaf");
    }
    return new LeafIndex(value >>> 1);
  }

  /// The level of this node: 0 for leaves, one more for each step towards the root.
  public int level() {
    return TreeMath.level(value);
  }

  @Override
  public int compareTo(NodeIndex other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "node " + value;
  }
}
