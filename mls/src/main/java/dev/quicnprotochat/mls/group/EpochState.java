package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// Everything a member holds for one epoch. Immutable except `secretTree`, which ratchets as messages are sent and
/// received: readers work on [SecretTree#copy()] and store the copy only once a message was accepted.
record EpochState(GroupContext context, RatchetTree tree, TreeKemPrivate privateKeys, Bytes interimTranscriptHash,
    EpochKeys keys, SecretTree secretTree) {

  long epoch() {
    return context.epoch();
  }

  LeafIndex ownLeaf() {
    return privateKeys.leaf();
  }

  EpochState withSecretTree(SecretTree tree2) {
    return new EpochState(context, tree, privateKeys, interimTranscriptHash, keys, tree2);
  }

  /// The leaf of member `leaf`; a blank or out-of-range leaf is a [ValidationException] (`SENDER`).
  LeafNode member(LeafIndex leaf) {
    return tree.leaf(leaf).orElseThrow(() -> new ValidationException(ValidationCheck.SENDER, leaf
        + " is not a member in epoch " + Long.toUnsignedString(epoch())));
  }

  /// Encodes this epoch for storage. With `suite`, the tree's node hashes follow the tree (format 2 of
  /// [GroupState]), so a restored group processes its next commit without hashing the whole tree again; without,
  /// the field is empty (earlier epochs, which never hash their tree again); without `withHashesField` it is left
  /// out (format 1).
  void encode(TlsWriter w, Optional<CipherSuite> hashesFor, boolean withHashesField) {
    context.encode(w);
    tree.encode(w);
    if (withHashesField) {
      w.optional(hashesFor, (x, s) -> x.opaque(tree.nodeHashes(s)));
    }
    w.u32(privateKeys.leaf().value());
    Map<Integer, HpkeKeyPair> sorted = new TreeMap<>();
    for (int n : privateKeys.nodes()) {
      sorted.put(n, privateKeys.keyPair(n).orElseThrow());
    }
    w.vector(sorted.entrySet(), (x, e) -> x.u32(e.getKey()).opaque(e.getValue().privateKey())
        .opaque(e.getValue().publicKey()));
    w.opaque(interimTranscriptHash);
    keys.encode(w);
    secretTree.encodeState(w);
  }

  /// Decodes a stored epoch; `withHashesField` for [GroupState] format 2, which has the optional node hashes.
  static EpochState decode(CipherSuite suite, TlsReader r, boolean withHashesField) {
    GroupContext context = GroupContext.decode(r);
    RatchetTree decoded = RatchetTree.decode(r);
    RatchetTree tree = withHashesField
        ? r.optional(TlsReader::opaque).map(h -> decoded.withStoredHashes(suite, h)).orElse(decoded)
        : decoded;
    LeafIndex leaf = LeafIndex.of(r.u32AsInt());
    List<Object[]> entries = new ArrayList<>(r.vector(x -> new Object[] {x.u32AsInt(),
        new HpkeKeyPair(x.opaque(), x.opaque())}));
    TreeKemPrivate priv = null;
    for (Object[] e : entries) {
      if ((int) e[0] == leaf.node().value()) {
        priv = TreeKemPrivate.ofLeaf(leaf, (HpkeKeyPair) e[1]);
      }
    }
    if (priv == null) {
      throw new dev.quicnprotochat.mls.CodecException("stored state lacks the leaf's private key");
    }
    for (Object[] e : entries) {
      priv = priv.with((int) e[0], (HpkeKeyPair) e[1]);
    }
    Bytes interim = r.opaqueBytes();
    EpochKeys keys = EpochKeys.decode(r);
    SecretTree secretTree = SecretTree.decodeState(suite, r);
    return new EpochState(context, tree, priv, interim, keys, secretTree);
  }
}
