package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;

/// Creating a one-member group (RFC 9420 §11).
final class GroupCreation {

  private GroupCreation() {
  }

  static GroupState create(Bytes groupId, KeyPackageBundle bundle, List<Extension> extensions, GroupConfig config) {
    CipherSuite suite = bundle.suite();
    try {
      Extension.requireUniqueTypes(extensions);
      Capability.requireSupports(bundle.keyPackage().leafNode(), suite.id(), extensions, "the creator");
    } catch (dev.quicnprotochat.mls.ValidationException e) {
      throw new UsageException("cannot create the group: " + e.getMessage());
    }
    RatchetTree tree = RatchetTree.ofSingleLeaf(bundle.keyPackage().leafNode());
    GroupContext context = new GroupContext(suite.id(), groupId, 0, tree.treeHash(suite), Bytes.EMPTY, extensions);
    // RFC 9420 §8, §11: epoch 0 starts from a random init_secret and an all-zero commit secret, without PSKs.
    byte[] init = new byte[suite.hashLength()];
    config.random().nextBytes(init);
    byte[] zero = new byte[suite.hashLength()];
    EpochSecrets secrets = KeySchedule.fromCommit(suite, init, zero, zero, context);
    // RFC 9420 §8.2, §11: the interim transcript hash of epoch 0 follows from the (empty) confirmed one and the
    // confirmation tag over it.
    byte[] tag = TranscriptHashes.confirmationTag(suite, secrets.confirmationKey().toByteArray(), new byte[0]);
    TreeKemPrivate priv = TreeKemPrivate.ofLeaf(LeafIndex.of(0), bundle.encryptionKey());
    EpochState epoch = IncomingCommit.newEpoch(suite, context, tree, priv, new byte[0], tag, secrets, config);
    return GroupState.initial(suite, bundle.signatureKeys(), epoch);
  }
}
