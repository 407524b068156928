package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.tree.LeafNode;
import java.util.List;
import java.util.Objects;

/// The path a committer sends (RFC 9420 §7.6):
///
/// ```
/// struct {
///     LeafNode leaf_node;
///     UpdatePathNode nodes<V>;
/// } UpdatePath;
/// ```
///
/// `nodes` covers the committer's filtered direct path, bottom-up.
public record UpdatePath(LeafNode leafNode, List<UpdatePathNode> nodes) {

  public UpdatePath {
    Objects.requireNonNull(leafNode, "leafNode");
    nodes = List.copyOf(nodes);
  }

  public static UpdatePath decode(TlsReader r) {
    return new UpdatePath(LeafNode.decode(r), r.vector(UpdatePathNode::decode));
  }

  public static UpdatePath decode(Bytes bytes) {
    return TlsReader.decode(bytes, UpdatePath::decode);
  }

  public void encode(TlsWriter w) {
    leafNode.encodeBody(w);
    w.vector(nodes, (x, n) -> n.encode(x));
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(1024);
    encode(w);
    return w.toBytes();
  }
}
