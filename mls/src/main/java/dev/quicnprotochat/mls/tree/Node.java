package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;

/// A non-blank node of the ratchet tree (RFC 9420 §7.8):
///
/// ```
/// struct {
///     NodeType node_type;
///     select (Node.node_type) {
///         case leaf:   LeafNode leaf_node;
///         case parent: ParentNode parent_node;
///     };
/// } Node;
/// ```
public sealed interface Node permits LeafNode, ParentNode {

  int LEAF = 1;
  int PARENT = 2;

  int nodeType();

  /// The HPKE public key held by this node.
  Bytes encryptionKey();

  /// Writes the struct without the node_type tag.
  void encodeBody(TlsWriter w);

  /// Writes the tagged `Node`.
  default void encode(TlsWriter w) {
    w.u8(nodeType());
    encodeBody(w);
  }

  static Node decode(TlsReader r) {
    int type = r.u8();
    return switch (type) {
      case LEAF -> LeafNode.decode(r);
      case PARENT -> ParentNode.decode(r);
      default -> throw new CodecException("unknown node type " + type);
    };
  }
}
