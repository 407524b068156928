package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// A member's leaf in the ratchet tree (RFC 9420 §7.2):
///
/// ```
/// struct {
///     HPKEPublicKey encryption_key;
///     SignaturePublicKey signature_key;
///     Credential credential;
///     Capabilities capabilities;
///     LeafNodeSource leaf_node_source;
///     select (LeafNode.leaf_node_source) {
///         case key_package: Lifetime lifetime;
///         case update:      struct{};
///         case commit:      opaque parent_hash<V>;
///     };
///     Extension extensions<V>;
///     /* SignWithLabel(., "LeafNodeTBS", LeafNodeTBS) */
///     opaque signature<V>;
/// } LeafNode;
/// ```
///
/// `lifetime` is present exactly for `key_package` leaves and `parentHash` exactly for `commit` leaves.
public record LeafNode(Bytes encryptionKey, Bytes signatureKey, Credential credential, Capabilities capabilities,
    LeafNodeSource source, Optional<Lifetime> lifetime, Optional<Bytes> parentHash, List<Extension> extensions,
    Bytes signature) implements Node {

  public LeafNode {
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    Objects.requireNonNull(signatureKey, "signatureKey");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(capabilities, "capabilities");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(signature, "signature");
    if (lifetime.isPresent() != (source == LeafNodeSource.KEY_PACKAGE)) {
      throw new UsageException("a lifetime belongs to key_package leaves only");
    }
    if (parentHash.isPresent() != (source == LeafNodeSource.COMMIT)) {
      throw new UsageException("a parent_hash belongs to commit leaves only");
    }
    extensions = List.copyOf(extensions);
  }

  public static LeafNode decode(TlsReader r) {
    Bytes encryptionKey = r.opaqueBytes();
    Bytes signatureKey = r.opaqueBytes();
    Credential credential = Credential.decode(r);
    Capabilities capabilities = Capabilities.decode(r);
    LeafNodeSource source = LeafNodeSource.fromCode(r.u8());
    Optional<Lifetime> lifetime = source == LeafNodeSource.KEY_PACKAGE ? Optional.of(Lifetime.decode(r))
        : Optional.empty();
    Optional<Bytes> parentHash = source == LeafNodeSource.COMMIT ? Optional.of(r.opaqueBytes()) : Optional.empty();
    List<Extension> extensions = r.vector(Extension::decode);
    Bytes signature = r.opaqueBytes();
    return new LeafNode(encryptionKey, signatureKey, credential, capabilities, source, lifetime, parentHash,
        extensions, signature);
  }

  public static LeafNode decode(Bytes bytes) {
    return TlsReader.decode(bytes, LeafNode::decode);
  }

  @Override
  public int nodeType() {
    return LEAF;
  }

  @Override
  public void encodeBody(TlsWriter w) {
    encodeContent(w);
    w.opaque(signature);
  }

  /// The fields shared by LeafNode and LeafNodeTBS: everything up to and including the extensions.
  void encodeContent(TlsWriter w) {
    w.opaque(encryptionKey).opaque(signatureKey);
    credential.encode(w);
    capabilities.encode(w);
    w.u8(source.code());
    lifetime.ifPresent(l -> l.encode(w));
    parentHash.ifPresent(w::opaque);
    w.vector(extensions, (x, e) -> e.encode(x));
  }

  /// The encoded `LeafNode` (without a `Node` tag).
  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(256);
    encodeBody(w);
    return w.toBytes();
  }

  /// Checks the signature over the LeafNodeTBS (RFC 9420 §7.2); `groupId` and `leaf` only matter for update and
  /// commit leaves, which bind themselves to one position in one group.
  public boolean verifySignature(CipherSuite suite, Bytes groupId, LeafIndex leaf) {
    byte[] tbs = LeafNodeTBS.encode(this, groupId, leaf);
    return suite.verifyWithLabel(signatureKey.toByteArray(), LeafNodeTBS.LABEL, tbs, signature.toByteArray());
  }

  /// A copy of this leaf signed with `signaturePrivateKey`, which must belong to `signatureKey`.
  public LeafNode signed(CipherSuite suite, byte[] signaturePrivateKey, Bytes groupId, LeafIndex leaf) {
    byte[] tbs = LeafNodeTBS.encode(this, groupId, leaf);
    Bytes sig = Bytes.wrap(suite.signWithLabel(signaturePrivateKey, LeafNodeTBS.LABEL, tbs));
    return new LeafNode(encryptionKey, signatureKey, credential, capabilities, source, lifetime, parentHash,
        extensions, sig);
  }

  /// A commit-sourced copy with a new encryption key and parent hash, still to be signed.
  public LeafNode forCommit(Bytes newEncryptionKey, Bytes newParentHash) {
    return new LeafNode(newEncryptionKey, signatureKey, credential, capabilities, LeafNodeSource.COMMIT,
        Optional.empty(), Optional.of(newParentHash), extensions, Bytes.EMPTY);
  }

  /// Whether the extensions list holds `type` (used for required-capability checks).
  public boolean hasExtension(int type) {
    return extensions.stream().anyMatch(e -> e.extensionType() == type);
  }
}
