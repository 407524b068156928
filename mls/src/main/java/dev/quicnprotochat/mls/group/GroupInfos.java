package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.tree.TreeValidation;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Signing GroupInfo (RFC 9420 §12.4.3) and checking a received one together with its ratchet tree.
final class GroupInfos {

  private GroupInfos() {
  }

  /// A GroupInfo for the epoch `context`, with external_pub (§12.4.3.2) and, if asked, the ratchet_tree
  /// extension (§12.4.3.3).
  static GroupInfo sign(CipherSuite suite, GroupContext context, RatchetTree tree, LeafIndex signer, byte[] tag,
      EpochKeys keys, SignatureKeyPair signatureKeys, boolean withTree) {
    List<Extension> ext = new ArrayList<>();
    if (withTree) {
      ext.add(tree.toExtension());
    }
    ext.add(GroupExtensions.externalPub(Bytes.wrap(keys.externalKeyPair(suite).publicKey())));
    GroupInfo unsigned = new GroupInfo(context, ext, Bytes.of(tag), signer, Bytes.EMPTY);
    return unsigned.signed(suite, signatureKeys.privateKey());
  }

  /// RFC 9420 §12.4.3.1: the tree comes out of band or from the ratchet_tree extension; it must match the tree
  /// hash and be valid (parent hashes, unmerged leaves, distinct keys, leaf signatures), every member must support
  /// the group's extensions, and the GroupInfo signature must verify with the signer's leaf.
  static RatchetTree verifiedTree(CipherSuite suite, GroupInfo info, Optional<RatchetTree> supplied,
      GroupConfig config) {
    GroupContext context = info.groupContext();
    if (context.version() != GroupContext.MLS10) {
      throw new ValidationException(ValidationCheck.PROTOCOL_VERSION, "group version " + context.version());
    }
    if (context.cipherSuite() != suite.id()) {
      throw new ValidationException(ValidationCheck.CIPHER_SUITE_MISMATCH, "group info for suite "
          + context.cipherSuite());
    }
    Extension.requireUniqueTypes(info.extensions());
    Extension.requireUniqueTypes(context.extensions());
    ProposalRules.requireDecodable(context.extensions());
    RatchetTree tree = supplied.orElseGet(() -> {
      Extension ext = info.extension(ExtensionType.RATCHET_TREE).orElseThrow(() -> new ValidationException(
          ValidationCheck.WELCOME, "no ratchet tree: neither supplied nor in the group info"));
      try {
        return RatchetTree.fromExtension(ext);
      } catch (dev.quicnprotochat.mls.CodecException e) {
        throw new ValidationException(ValidationCheck.TREE_HASH, "the ratchet_tree extension does not decode: "
            + e.getMessage());
      }
    });
    // TREE-00 (TreeValidation.verifyReceivedTree), with the leaf signatures, one per member, checked in parallel.
    TreeValidation.verifyTreeHash(suite, tree, context.treeHash());
    TreeValidation.verifyUnmergedLeaves(tree);
    dev.quicnprotochat.mls.tree.ParentHashes.verify(suite, tree);
    TreeValidation.verifyDistinctKeys(tree);
    List<LeafIndex> leaves = tree.occupiedLeaves();
    RatchetTree t = tree;
    List<Boolean> valid = Parallel.map(leaves.size(), config, i -> t.leaf(leaves.get(i)).orElseThrow()
        .verifySignature(suite, context.groupId(), leaves.get(i)));
    for (int i = 0; i < valid.size(); i++) {
      if (!valid.get(i)) {
        throw new ValidationException(ValidationCheck.SIGNATURE, "leaf " + leaves.get(i).value()
            + " has an invalid signature");
      }
    }
    for (LeafIndex l : tree.occupiedLeaves()) {
      LeafNode leaf = tree.leaf(l).orElseThrow();
      Capability.requireSupports(leaf, suite.id(), context.extensions(), "member " + l.value());
    }
    LeafNode signer = tree.leaf(info.signer()).orElseThrow(() -> new ValidationException(ValidationCheck.WELCOME,
        "the group info's signer is not a member"));
    if (!info.verifySignature(suite, signer.signatureKey())) {
      throw new ValidationException(ValidationCheck.SIGNATURE, "group info signature does not verify");
    }
    return tree;
  }
}
