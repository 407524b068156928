package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.ValidationCheck.COMMIT;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.Secret;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.ProposalOrRef;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.schedule.ExternalInit;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.KeySchedule;
import dev.quicnprotochat.mls.schedule.TranscriptHashes;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKem;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treekem.UpdatePath;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/// Processing a commit from another member or an external joiner (RFC 9420 §12.4.2). Nothing is stored here: the
/// result is the next epoch, which the group adopts only if every check passed.
final class IncomingCommit {

  /// `next` is empty when this client was removed (it cannot derive the new epoch).
  record Staged(java.util.Optional<EpochState> next, ProcessedMessage.CommitApplied summary) {
  }

  private IncomingCommit() {
  }

  static Staged process(GroupState state, AuthenticatedContent ac, GroupConfig config) {
    return process(state, ac, config, false, null);
  }

  /// As above; `leafSignatureChecked` when the caller verifies the committer's new leaf signature itself and
  /// adopts nothing unless it verified ([IncomingMessages]'s parallel check of large commits);
  /// `confirmedTranscriptHash`, when not `null`, supplies the commit's confirmed transcript hash (§8.2), which
  /// that caller has computed on another thread meanwhile.
  static Staged process(GroupState state, AuthenticatedContent ac, GroupConfig config,
      boolean leafSignatureChecked, Supplier<byte[]> confirmedTranscriptHash) {
    CipherSuite suite = state.suite();
    EpochState ep = state.current();
    Commit commit = ac.content().commit();
    Sender sender = ac.content().sender();
    boolean external = sender instanceof Sender.NewMemberCommit;
    LeafIndex committer = sender instanceof Sender.Member m ? m.leaf() : null;
    if (!external && committer == null) {
      throw new ValidationException(ValidationCheck.SENDER, "a commit from sender type " + sender.senderType());
    }
    if (committer != null && committer.equals(ep.ownLeaf())) {
      throw new ValidationException(ValidationCheck.SENDER, "a commit in this client's name that it did not send");
    }
    List<ResolvedProposal> list = resolve(state, commit, sender);
    AppliedProposals ap = ProposalRules.apply(suite, ep, list, committer, external, config,
        state.ownUpdateKeys());
    // RFC 9420 §12.4: Update, Remove, ExternalInit, GroupContextExtensions or an empty list need a path.
    if (ap.pathRequired() && commit.path().isEmpty()) {
      throw new ValidationException(ValidationCheck.PATH_REQUIRED, "the commit lacks a required UpdatePath");
    }
    RatchetTree tree = ap.tree();
    Bytes groupId = ep.context().groupId();
    if (external) {
      // RFC 9420 §12.4.3.2: the joiner's leaf goes where an Add would put it.
      RatchetTree.Added placed = tree.addLeaf(commit.path().orElseThrow().leafNode());
      tree = placed.tree();
      committer = placed.leaf();
    }
    GroupContext provisional = new GroupContext(ep.context().version(), suite.id(), groupId, ep.epoch() + 1,
        Bytes.EMPTY, ep.context().confirmedTranscriptHash(), ap.extensions());
    TreeKemPrivate priv = ap.privateKeys();
    Set<LeafIndex> addedLeaves = new HashSet<>();
    ap.added().forEach(a -> addedLeaves.add(a.leaf()));
    byte[] commitSecret = new byte[suite.hashLength()];
    List<LeafIndex> updated = new ArrayList<>(ap.updated());
    if (commit.path().isPresent()) {
      UpdatePath path = commit.path().get();
      tree = TreeKem.mergePath(suite, tree, committer, path, groupId, leafSignatureChecked && !external);
      Capability.requireSupports(path.leafNode(), suite.id(), ap.extensions(), "the committer's new leaf");
      provisional = provisional.withTreeHash(tree.treeHash(suite));
      if (!ap.selfRemoved()) {
        TreeKem.DecryptedPath d;
        try {
          d = TreeKem.decryptPath(suite, tree, committer, path, provisional, priv, addedLeaves);
        } catch (dev.quicnprotochat.mls.CryptoException e) {
          throw new ValidationException(COMMIT, "the path secret for this member does not decrypt");
        }
        Secret cs = d.commitSecret();
        commitSecret = cs.toByteArray();
        priv = d.privateState();
      }
      if (!external) {
        updated.add(committer);
      }
    } else {
      provisional = provisional.withTreeHash(tree.treeHash(suite));
    }
    ProcessedMessage.CommitApplied summary = new ProcessedMessage.CommitApplied(ep.epoch() + 1, committer,
        addedMembers(tree, ap), ap.removed(), updated, ap.selfRemoved(), ap.reInit());
    if (ap.selfRemoved()) {
      return new Staged(java.util.Optional.empty(), summary);
    }
    byte[] confirmed = confirmedTranscriptHash != null ? confirmedTranscriptHash.get()
        : ac.confirmedTranscriptHash(suite, ep.interimTranscriptHash().toByteArray());
    GroupContext context = provisional.withConfirmedTranscriptHash(Bytes.wrap(confirmed));
    byte[] initSecret = external
        ? ExternalInit.initSecret(suite, ep.keys().externalKeyPair(suite), ap.externalInitKemOutput().orElseThrow()
            .toByteArray())
        : ep.keys().init();
    byte[] pskSecret = Psks.secret(suite, ap.psks(), config.psks(), groupId, state.resumptionPsks());
    EpochSecrets secrets = KeySchedule.fromCommit(suite, initSecret, commitSecret, pskSecret, context);
    byte[] tag = ac.auth().confirmationTag().orElseThrow().toByteArray();
    if (!TranscriptHashes.confirmationTagMatches(suite, secrets.confirmationKey().toByteArray(), confirmed, tag)) {
      secrets.destroy();
      throw new ValidationException(ValidationCheck.CONFIRMATION_TAG, "the commit's confirmation tag is wrong");
    }
    EpochState next = newEpoch(suite, context, tree, priv, confirmed, tag, secrets, config);
    return new Staged(java.util.Optional.of(next), summary);
  }

  static EpochState newEpoch(CipherSuite suite, GroupContext context, RatchetTree tree, TreeKemPrivate priv,
      byte[] confirmed, byte[] tag, EpochSecrets secrets, GroupConfig config) {
    Bytes interim = Bytes.wrap(TranscriptHashes.interim(suite, confirmed, tag));
    SecretTree st = new SecretTree(suite, secrets.encryptionSecret().toByteArray(), tree.leafCount(),
        config.maxForwardDistance(), config.outOfOrderWindow());
    EpochKeys keys = EpochKeys.of(secrets);
    secrets.destroy();
    return new EpochState(context, tree, priv, interim, keys, st);
  }

  static List<Member> addedMembers(RatchetTree tree, AppliedProposals ap) {
    List<Member> out = new ArrayList<>();
    for (AppliedProposals.Added a : ap.added()) {
      LeafNode l = tree.leaf(a.leaf()).orElseThrow();
      out.add(new Member(a.leaf(), l.credential(), l.signatureKey(), l.encryptionKey()));
    }
    return out;
  }

  /// RFC 9420 §12.4.2: references resolve against the proposals cached in this epoch; inline proposals count as
  /// the committer's.
  private static List<ResolvedProposal> resolve(GroupState state, Commit commit, Sender committer) {
    List<ResolvedProposal> out = new ArrayList<>();
    for (ProposalOrRef por : commit.proposals()) {
      switch (por) {
        case ProposalOrRef.Inline in -> out.add(new ResolvedProposal(in.proposal(), committer,
            java.util.Optional.empty()));
        case ProposalOrRef.Reference ref -> {
          CachedProposal cached = state.proposals().stream().filter(c -> c.ref().equals(ref.reference()))
              .findFirst().orElseThrow(() -> new ValidationException(ValidationCheck.PROPOSAL_LIST,
                  "the commit refers to an unknown proposal"));
          out.add(new ResolvedProposal(cached.proposal(), cached.sender(), java.util.Optional.of(cached.ref())));
        }
      }
    }
    return out;
  }
}
