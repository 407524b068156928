package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeExport;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalOrRef;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.ExternalInit;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKem;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The joiner's side of an external commit (RFC 9420 §12.4.3.2): an ExternalInit proposal with the KEM output
/// for the group's external_pub, an optional Remove of the joiner's old leaf, and a path from its new leaf.
final class ExternalCommits {

  private ExternalCommits() {
  }

  static ExternalJoin join(GroupInfo info, Optional<RatchetTree> supplied, Identity id,
      Optional<LeafIndex> resync, GroupConfig config) {
    int suiteId = info.groupContext().cipherSuite();
    if (!CipherSuites.isSupported(suiteId)) {
      throw new ValidationException(ValidationCheck.CIPHER_SUITE_MISMATCH, "group uses unknown suite " + suiteId);
    }
    CipherSuite suite = CipherSuites.byId(suiteId);
    RatchetTree tree = GroupInfos.verifiedTree(suite, info, supplied, config);
    Extension pubExt = info.extension(ExtensionType.EXTERNAL_PUB).orElseThrow(() -> new ValidationException(
        ValidationCheck.EXTENSIONS, "the group info has no external_pub"));
    HpkeExport export = ExternalInit.join(suite, GroupExtensions.decodeExternalPub(pubExt.extensionData())
        .toByteArray());
    GroupContext ctx = info.groupContext();
    List<ProposalOrRef> proposals = new ArrayList<>();
    proposals.add(new ProposalOrRef.Inline(new Proposal.ExternalInit(Bytes.wrap(export.kemOutput()))));
    if (resync.isPresent()) {
      if (tree.leaf(resync.get()).isEmpty()) {
        throw new dev.quicnprotochat.mls.UsageException(resync.get() + " is not a member");
      }
      tree = tree.removeLeaf(resync.get());
      proposals.add(new ProposalOrRef.Inline(new Proposal.Remove(resync.get())));
    }
    byte[] placeholder = new byte[suite.hashLength()];
    config.random().nextBytes(placeholder);
    LeafNode template = new LeafNode(Bytes.wrap(placeholder), Bytes.of(id.signatureKeys().publicKey()),
        id.credential(), KeyPackageBundle.defaultCapabilities(suite, List.of()), LeafNodeSource.COMMIT,
        Optional.empty(), Optional.of(Bytes.EMPTY), List.of(), Bytes.EMPTY);
    RatchetTree.Added placed = tree.addLeaf(template);
    GroupContext provisional = new GroupContext(ctx.version(), suite.id(), ctx.groupId(), ctx.epoch() + 1,
        Bytes.EMPTY, ctx.confirmedTranscriptHash(), ctx.extensions());
    TreeKem.CreatedPath path = TreeKem.createPath(suite, placed.tree(), placed.leaf(), template,
        id.signatureKeys().privateKey(), provisional, Set.of(), config.random(), config.executor(),
        config.parallelThreshold());
    Commit commit = new Commit(proposals, Optional.of(path.path()));
    FramedContent content = FramedContent.commit(ctx.groupId(), ctx.epoch(), new Sender.NewMemberCommit(),
        Bytes.EMPTY, commit);
    WireFormat wire = WireFormat.PUBLIC_MESSAGE;
    Bytes signature = AuthenticatedContent.signature(suite, wire, content, ctx, id.signatureKeys());
    byte[] interimBefore = TranscriptHashes.interim(suite, ctx.confirmedTranscriptHash().toByteArray(),
        info.confirmationTag().toByteArray());
    byte[] confirmed = TranscriptHashes.confirmed(suite, interimBefore,
        AuthenticatedContent.confirmedTranscriptHashInput(wire, content, signature));
    GroupContext next = path.context().withConfirmedTranscriptHash(Bytes.wrap(confirmed));
    byte[] zero = new byte[suite.hashLength()];
    EpochSecrets secrets = KeySchedule.fromCommit(suite, export.secret(), path.commitSecret().toByteArray(), zero,
        next);
    byte[] tag = TranscriptHashes.confirmationTag(suite, secrets.confirmationKey().toByteArray(), confirmed);
    AuthenticatedContent ac = Framer.withTag(wire, content, signature, tag);
    PublicMessage pm = PublicMessage.protect(suite, ac, ctx, new byte[0]);
    EpochState epoch = IncomingCommit.newEpoch(suite, next, path.tree(), path.privateState(), confirmed, tag,
        secrets, config);
    GroupState state = GroupState.initial(suite, id.signatureKeys(), epoch);
    return new ExternalJoin(MlsGroup.of(state, config), new MLSMessage.OfPublicMessage(pm));
  }
}
