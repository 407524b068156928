package dev.quicnprotochat.mls.treemath;

import dev.quicnprotochat.mls.UsageException;

/// The index of a leaf among the leaves of a ratchet tree (RFC 9420 §4.2): leaf `i` is node `2i`.
public record LeafIndex(int value) implements Comparable<LeafIndex> {

  public LeafIndex {
    if (value < 0) {
      throw new UsageException("leaf index " + value + " is negative");
    }
  }

  public static LeafIndex of(int value) {
    return new LeafIndex(value);
  }

  /// The node index of this leaf in the array representation (RFC 9420 Appendix C).
  public NodeIndex node() {
    return new NodeIndex(value * 2);
  }

  @Override
  public int compareTo(LeafIndex other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "leaf " + value;
  }
}
