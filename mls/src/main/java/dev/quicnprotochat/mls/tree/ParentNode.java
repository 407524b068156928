package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Objects;

/// An interior node of the ratchet tree (RFC 9420 §7.1):
///
/// ```
/// struct {
///     HPKEPublicKey encryption_key;
///     opaque parent_hash<V>;
///     uint32 unmerged_leaves<V>;
/// } ParentNode;
/// ```
public record ParentNode(Bytes encryptionKey, Bytes parentHash, List<LeafIndex> unmergedLeaves) implements Node {

  public ParentNode {
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    Objects.requireNonNull(parentHash, "parentHash");
    unmergedLeaves = List.copyOf(unmergedLeaves);
  }

  public static ParentNode decode(TlsReader r) {
    return new ParentNode(r.opaqueBytes(), r.opaqueBytes(), r.vector(LeafIndex::decode));
  }

  @Override
  public void encodeBody(TlsWriter w) {
    w.opaque(encryptionKey).opaque(parentHash).vector(unmergedLeaves, (x, l) -> x.u32(l.value()));
  }

  @Override
  public int nodeType() {
    return PARENT;
  }

  public ParentNode withUnmergedLeaves(List<LeafIndex> leaves) {
    return new ParentNode(encryptionKey, parentHash, leaves);
  }

  public ParentNode withParentHash(Bytes hash) {
    return new ParentNode(encryptionKey, hash, unmergedLeaves);
  }
}
