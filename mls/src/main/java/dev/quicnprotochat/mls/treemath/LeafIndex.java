package dev.quicnprotochat.mls.treemath;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsReader;

/// The index of a leaf among the leaves of a ratchet tree (RFC 9420 §4.2): leaf `i` is node `2i`.
public record LeafIndex(int value) implements Comparable<LeafIndex> {

  /// The largest leaf index whose node index still fits an `int`.
  public static final int MAX_VALUE = Integer.MAX_VALUE / 2;

  public LeafIndex {
    if (value < 0 || value > MAX_VALUE) {
      throw new UsageException("leaf index " + value + " is out of range");
    }
  }

  /// Reads a `uint32` leaf index; one no tree can hold is a [CodecException].
  public static LeafIndex decode(TlsReader r) {
    long v = r.u32();
    if (v > MAX_VALUE) {
      throw new CodecException("leaf index " + v + " is out of range");
    }
    return new LeafIndex((int) v);
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
