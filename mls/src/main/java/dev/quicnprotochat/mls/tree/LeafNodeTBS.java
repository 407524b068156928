package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.treemath.LeafIndex;

/// The to-be-signed form of a [LeafNode] (RFC 9420 §7.2):
///
/// ```
/// struct {
///     ... the LeafNode fields up to and including extensions ...
///     select (LeafNodeTBS.leaf_node_source) {
///         case key_package: struct{};
///         case update:      opaque group_id<V>; uint32 leaf_index;
///         case commit:      opaque group_id<V>; uint32 leaf_index;
///     };
/// } LeafNodeTBS;
/// ```
public final class LeafNodeTBS {

  /// The SignWithLabel label, without the "MLS 1.0 " prefix.
  public static final String LABEL = "LeafNodeTBS";

  private LeafNodeTBS() {
  }

  /// The bytes to sign for `leaf`; `groupId` and `index` are ignored for key_package leaves and required otherwise.
  public static byte[] encode(LeafNode leaf, Bytes groupId, LeafIndex index) {
    TlsWriter w = new TlsWriter(256);
    leaf.encodeContent(w);
    if (leaf.source() != LeafNodeSource.KEY_PACKAGE) {
      if (groupId == null || index == null) {
        throw new dev.quicnprotochat.mls.UsageException("an " + leaf.source() + " leaf is signed with its group id"
            + " and leaf index");
      }
      w.opaque(groupId).u32(index.value());
    }
    return w.toByteArray();
  }
}
