package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalOrRef;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKem;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treekem.UpdatePath;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Building a commit as a member (RFC 9420 §12.4.1): the same proposal rules as receivers, a path when required,
/// the key schedule, the confirmation tag, the GroupInfo and the Welcome.
final class OutgoingCommit {

  /// The commit to send and the group state with the commit pending.
  record Built(CommitResult result, GroupState state) {
  }

  private OutgoingCommit() {
  }

  static Built build(GroupState state, CommitOptions options, GroupConfig config) {
    return build(state, options, config, Optional.empty());
  }

  /// With `reInit`: the first commit of the successor of a re-initialised group, which names its `reinit` PSK.
  static Built build(GroupState state, CommitOptions options, GroupConfig config, Optional<Psks.ReInitPsk> reInit) {
    CipherSuite suite = state.suite();
    EpochState ep = state.current();
    LeafIndex own = ep.ownLeaf();
    Sender self = new Sender.Member(own);
    List<ResolvedProposal> list = new ArrayList<>();
    List<ProposalOrRef> wireList = new ArrayList<>();
    if (options.includePending()) {
      for (CachedProposal c : PendingSelection.select(suite, ep, state.proposals(), options.inline(), config)) {
        list.add(new ResolvedProposal(c.proposal(), c.sender(), Optional.of(c.ref())));
        wireList.add(new ProposalOrRef.Reference(c.ref()));
      }
    }
    for (Proposal p : options.inline()) {
      if (p instanceof Proposal.Update || p instanceof Proposal.ExternalInit) {
        throw new UsageException("a commit cannot carry its own " + p.getClass().getSimpleName() + " inline");
      }
      list.add(new ResolvedProposal(p, self, Optional.empty()));
      wireList.add(new ProposalOrRef.Inline(p));
    }
    AppliedProposals ap = ProposalRules.apply(suite, ep, list, own, false, config, Map.of());
    boolean withPath = ap.pathRequired() || options.forcePath();
    Bytes groupId = ep.context().groupId();
    GroupContext provisional = new GroupContext(ep.context().version(), suite.id(), groupId, ep.epoch() + 1,
        Bytes.EMPTY, ep.context().confirmedTranscriptHash(), ap.extensions());
    Set<LeafIndex> addedLeaves = new HashSet<>();
    ap.added().forEach(a -> addedLeaves.add(a.leaf()));
    RatchetTree tree = ap.tree();
    TreeKemPrivate priv = ap.privateKeys();
    byte[] commitSecret = new byte[suite.hashLength()];
    Optional<UpdatePath> path = Optional.empty();
    TreeKem.CreatedPath created = null;
    if (withPath) {
      LeafNode template = tree.leaf(own).orElseThrow();
      created = TreeKem.createPath(suite, tree, own, template, state.signer().privateKey(), provisional,
          addedLeaves, config.random(), config.executor(), config.parallelThreshold());
      tree = created.tree();
      provisional = created.context();
      commitSecret = created.commitSecret().toByteArray();
      priv = created.privateState();
      path = Optional.of(created.path());
    } else {
      provisional = provisional.withTreeHash(tree.treeHash(suite));
    }
    Commit commit = new Commit(wireList, path);
    WireFormat wire = Framer.handshakeWireFormat(config);
    FramedContent content = FramedContent.commit(groupId, ep.epoch(), self, Bytes.EMPTY, commit);
    Bytes signature = AuthenticatedContent.signature(suite, wire, content, ep.context(), state.signer());
    byte[] confirmed = AuthenticatedContent.confirmedTranscriptHash(suite, ep.interimTranscriptHash().toByteArray(),
        wire, content, signature);
    GroupContext context = provisional.withConfirmedTranscriptHash(Bytes.wrap(confirmed));
    byte[] pskSecret = Psks.secret(suite, ap.psks(), config.psks(), groupId, state.resumptionPsks(), reInit);
    EpochSecrets secrets = KeySchedule.fromCommit(suite, ep.keys().init(), commitSecret, pskSecret, context);
    byte[] tag = TranscriptHashes.confirmationTag(suite, secrets.confirmationKey().toByteArray(), confirmed);
    AuthenticatedContent ac = Framer.withTag(wire, content, signature, tag);
    Framer.Framed framed = Framer.frame(state, ac, config);

    EpochKeysAndWelcome kw = welcomeAndInfo(suite, state, context, tree, own, tag, secrets, ap, created, config);
    EpochState next = IncomingCommit.newEpoch(suite, context, tree, priv, confirmed, tag, secrets, config);
    List<LeafIndex> updated = new ArrayList<>(ap.updated());
    if (withPath) {
      updated.add(own);
    }
    ProcessedMessage.CommitApplied summary = new ProcessedMessage.CommitApplied(next.epoch(), own,
        IncomingCommit.addedMembers(tree, ap), ap.removed(), updated, false, ap.reInit());
    PendingCommit pending = new PendingCommit(next, summary, Bytes.wrap(content.toByteArray()));
    GroupState after = state.withCurrent(framed.epoch()).withPending(Optional.of(pending));
    return new Built(new CommitResult(framed.message(), kw.welcome(), kw.groupInfo()), after);
  }

  private record EpochKeysAndWelcome(Optional<Welcome> welcome, GroupInfo groupInfo) {
  }

  private static EpochKeysAndWelcome welcomeAndInfo(CipherSuite suite, GroupState state, GroupContext context,
      RatchetTree tree, LeafIndex own, byte[] tag, EpochSecrets secrets, AppliedProposals ap,
      TreeKem.CreatedPath created, GroupConfig config) {
    GroupInfo info = GroupInfos.sign(suite, context, tree, own, tag, EpochKeys.of(secrets), state.signer(),
        config.ratchetTreeInWelcome());
    if (ap.added().isEmpty()) {
      return new EpochKeysAndWelcome(Optional.empty(), info);
    }
    Welcome welcome = Welcomes.create(suite, info, secrets, ap, own, created, config);
    return new EpochKeysAndWelcome(Optional.of(welcome), info);
  }
}
