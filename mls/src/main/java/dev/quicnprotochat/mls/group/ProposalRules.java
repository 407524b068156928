package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.ValidationCheck.PROPOSAL_LIST;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.LeafNodeValidation;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Validates a commit's proposal list (RFC 9420 §12.2, §12.4.2, §12.4.3.2) and applies it in the order of §12.3:
/// GroupContextExtensions, then Update, Remove and Add. Committer and receivers run the same code.
final class ProposalRules {

  private ProposalRules() {
  }

  /// `committer` is null for an external commit (the joiner has no leaf yet).
  static AppliedProposals apply(CipherSuite suite, EpochState epoch, List<ResolvedProposal> list,
      LeafIndex committer, boolean external, GroupConfig config, Map<Bytes, HpkeKeyPair> ownUpdateKeys) {
    checkList(epoch, list, committer, external);
    Clock clock = config.clock();
    // Each KeyPackage is verified once (two signatures); a large add-all commit spreads them over the executor.
    List<Proposal.Add> adds = new ArrayList<>();
    list.forEach(rp -> {
      if (rp.proposal() instanceof Proposal.Add a) {
        adds.add(a);
      }
    });
    List<KeyPackage> verified = Parallel.map(adds.size(), config, i -> adds.get(i).keyPackage().verify(suite, clock));
    int nextAdd = 0;
    RatchetTree tree = epoch.tree();
    Bytes groupId = epoch.context().groupId();
    List<Extension> extensions = epoch.context().extensions();
    TreeKemPrivate priv = epoch.privateKeys();
    boolean pathRequired = list.isEmpty();
    boolean selfRemoved = false;
    List<LeafIndex> updated = new ArrayList<>();
    List<Member> removed = new ArrayList<>();
    List<AppliedProposals.Added> added = new ArrayList<>();
    List<PreSharedKeyID> psks = new ArrayList<>();
    Optional<Bytes> kemOutput = Optional.empty();
    Optional<Proposal.ReInit> reInit = Optional.empty();

    // RFC 9420 §12.1.7: the new extensions replace the old ones, and every member must support them.
    for (ResolvedProposal rp : list) {
      if (rp.proposal() instanceof Proposal.GroupContextExtensions gce) {
        Extension.requireUniqueTypes(gce.extensions());
        requireDecodable(gce.extensions());
        for (LeafIndex l : tree.occupiedLeaves()) {
          Capability.requireSupportsExtensions(tree.leaf(l).orElseThrow(), gce.extensions(), "member " + l.value());
        }
        extensions = gce.extensions();
        pathRequired = true;
      }
    }
    // RFC 9420 §12.1.2: an Update replaces the sender's leaf and blanks its direct path.
    for (ResolvedProposal rp : list) {
      if (rp.proposal() instanceof Proposal.Update u) {
        LeafIndex leaf = ((Sender.Member) rp.sender()).leaf();
        LeafNode node = u.leafNode();
        LeafNodeValidation.validate(suite, node, LeafNodeSource.UPDATE, groupId, leaf, clock, tree);
        Capability.requireSupports(node, suite.id(), extensions, "updated leaf " + leaf.value());
        tree = tree.updateLeaf(leaf, node);
        priv = priv.without(TreeMath.directPath(leaf.node().value(), tree.leafCount()));
        if (leaf.equals(priv.leaf())) {
          HpkeKeyPair key = ownUpdateKeys.get(node.encryptionKey());
          if (key == null) {
            throw new ValidationException(PROPOSAL_LIST, "an Update of this client's leaf that it did not propose");
          }
          priv = priv.with(leaf.node().value(), key);
        }
        updated.add(leaf);
        pathRequired = true;
      }
    }
    // RFC 9420 §12.1.3: a Remove blanks the leaf and its direct path, then the tree is truncated.
    for (ResolvedProposal rp : list) {
      if (rp.proposal() instanceof Proposal.Remove r) {
        LeafIndex leaf = r.removedLeaf();
        LeafNode node = tree.leaf(leaf).orElseThrow(() -> new ValidationException(PROPOSAL_LIST,
            "Remove of blank or absent leaf " + r.removed()));
        removed.add(new Member(leaf, node.credential(), node.signatureKey(), node.encryptionKey()));
        priv = priv.without(TreeMath.directPath(leaf.node().value(), tree.leafCount()));
        tree = tree.removeLeaf(leaf);
        selfRemoved |= leaf.equals(priv.leaf());
        pathRequired = true;
      }
    }
    // RFC 9420 §12.1.1: each Add's KeyPackage is verified once, then placed in the leftmost blank leaf.
    UsedKeys used = adds.isEmpty() ? null : UsedKeys.of(tree);
    for (ResolvedProposal rp : list) {
      if (rp.proposal() instanceof Proposal.Add a) {
        KeyPackage kp = verified.get(nextAdd++);
        Capability.requireSupports(kp.leafNode(), suite.id(), extensions, "added member");
        used.claim(kp);
        RatchetTree.Added result = tree.addLeaf(kp.leafNode());
        tree = result.tree();
        added.add(new AppliedProposals.Added(result.leaf(), kp));
      }
    }
    for (ResolvedProposal rp : list) {
      switch (rp.proposal()) {
        case Proposal.PreSharedKey p -> psks.add(p.psk());
        case Proposal.ExternalInit ei -> {
          kemOutput = Optional.of(ei.kemOutput());
          pathRequired = true;
        }
        case Proposal.ReInit ri -> reInit = Optional.of(ri);
        default -> {
        }
      }
    }
    return new AppliedProposals(tree, extensions, priv, added, removed, updated, psks, kemOutput, reInit,
        selfRemoved, pathRequired);
  }

  /// RFC 9420 §13.4: the group-level extensions this engine interprets must be well-formed.
  static void requireDecodable(List<Extension> extensions) {
    for (Extension e : extensions) {
      try {
        switch (e.extensionType()) {
          case dev.quicnprotochat.mls.extension.ExtensionType.REQUIRED_CAPABILITIES ->
              GroupExtensions.RequiredCapabilities.decode(e.extensionData());
          case dev.quicnprotochat.mls.extension.ExtensionType.EXTERNAL_SENDERS ->
              GroupExtensions.decodeExternalSenders(e.extensionData());
          default -> {
          }
        }
      } catch (dev.quicnprotochat.mls.CodecException ex) {
        throw new ValidationException(ValidationCheck.EXTENSIONS, "group extension " + e.extensionType()
            + " does not decode");
      }
    }
  }

  /// The keys already used in a tree, to check added clients against in O(1) each (RFC 9420 §7.3, §12.2).
  private record UsedKeys(Set<Bytes> encryption, Set<Bytes> signature) {

    static UsedKeys of(RatchetTree tree) {
      UsedKeys used = new UsedKeys(new HashSet<>(), new HashSet<>());
      for (int i = 0; i < tree.nodeCount(); i++) {
        var n = tree.node(i);
        if (n != null) {
          used.encryption.add(n.encryptionKey());
          if (n instanceof LeafNode l) {
            used.signature.add(l.signatureKey());
          }
        }
      }
      return used;
    }

    /// An added client brings an init key, encryption key and signature key that no node uses.
    void claim(KeyPackage kp) {
      LeafNode leaf = kp.leafNode();
      if (signature.contains(leaf.signatureKey())) {
        throw new ValidationException(PROPOSAL_LIST, "Add of a client already in the group");
      }
      if (encryption.contains(leaf.encryptionKey()) || encryption.contains(kp.initKey())) {
        throw new ValidationException(ValidationCheck.DUPLICATE_KEY, "added key package reuses a key of the tree");
      }
      encryption.add(leaf.encryptionKey());
      signature.add(leaf.signatureKey());
    }
  }

  /// The list-level rules of RFC 9420 §12.2 and, for external commits, §12.4.3.2.
  private static void checkList(EpochState epoch, List<ResolvedProposal> list, LeafIndex committer,
      boolean external) {
    Set<LeafIndex> changedLeaves = new HashSet<>();
    Set<Bytes> addedSignatureKeys = new HashSet<>();
    Set<Bytes> pskIds = new HashSet<>();
    int gce = 0;
    int externalInits = 0;
    int removes = 0;
    boolean reInit = false;
    RatchetTree tree = epoch.tree();
    for (ResolvedProposal rp : list) {
      Proposal p = rp.proposal();
      if (external && rp.ref().isPresent()) {
        throw new ValidationException(ValidationCheck.EXTERNAL_COMMIT,
            "an external commit refers to a proposal by reference");
      }
      switch (p) {
        case Proposal.Add a -> {
          if (external) {
            throw new ValidationException(ValidationCheck.EXTERNAL_COMMIT, "an external commit carries an Add");
          }
          if (!addedSignatureKeys.add(a.keyPackage().leafNode().signatureKey())) {
            throw new ValidationException(PROPOSAL_LIST, "two Adds for the same client");
          }
        }
        case Proposal.Update u -> {
          if (external || !(rp.sender() instanceof Sender.Member m)) {
            throw new ValidationException(PROPOSAL_LIST, "an Update not sent by a member");
          }
          if (rp.ref().isEmpty() || m.leaf().equals(committer)) {
            throw new ValidationException(PROPOSAL_LIST, "the committer includes its own Update");
          }
          if (tree.leaf(m.leaf()).isEmpty() || !changedLeaves.add(m.leaf())) {
            throw new ValidationException(PROPOSAL_LIST, "two Updates or Removes for leaf " + m.leaf().value());
          }
        }
        case Proposal.Remove r -> {
          LeafIndex leaf = r.removedLeaf();
          if (leaf.equals(committer)) {
            throw new ValidationException(PROPOSAL_LIST, "the committer removes itself");
          }
          if (tree.leaf(leaf).isEmpty()) {
            throw new ValidationException(PROPOSAL_LIST, "Remove of blank or absent leaf " + leaf.value());
          }
          if (!changedLeaves.add(leaf)) {
            throw new ValidationException(PROPOSAL_LIST, "two Updates or Removes for leaf " + leaf.value());
          }
          removes++;
        }
        case Proposal.PreSharedKey psk -> {
          if (!pskIds.add(Bytes.wrap(psk.psk().toByteArray()))) {
            throw new ValidationException(PROPOSAL_LIST, "two PreSharedKey proposals name the same PSK");
          }
        }
        case Proposal.GroupContextExtensions g -> {
          if (external || ++gce > 1) {
            throw new ValidationException(PROPOSAL_LIST, "more than one GroupContextExtensions, or one in an"
                + " external commit");
          }
        }
        case Proposal.ReInit ri -> {
          if (external) {
            throw new ValidationException(PROPOSAL_LIST, "an external commit carries a ReInit");
          }
          if (ri.version() < epoch.context().version()) {
            throw new ValidationException(PROPOSAL_LIST, "a ReInit to an older protocol version");
          }
          reInit = true;
        }
        case Proposal.ExternalInit ei -> {
          if (!external) {
            throw new ValidationException(PROPOSAL_LIST, "an ExternalInit in a member's commit");
          }
          externalInits++;
        }
        case Proposal.Unknown u -> requireAllSupport(tree, u.proposalType());
      }
    }
    if (reInit && list.size() > 1) {
      throw new ValidationException(PROPOSAL_LIST, "a ReInit with other proposals");
    }
    if (external && (externalInits != 1 || removes > 1)) {
      throw new ValidationException(ValidationCheck.EXTERNAL_COMMIT,
          "an external commit needs exactly one ExternalInit and at most"
          + " one Remove");
    }
  }

  /// RFC 9420 §12.2: a proposal of a non-default type is valid only if every member supports it.
  private static void requireAllSupport(RatchetTree tree, int proposalType) {
    for (LeafIndex l : tree.occupiedLeaves()) {
      if (!tree.leaf(l).orElseThrow().capabilities().proposals().contains(proposalType)) {
        throw new ValidationException(PROPOSAL_LIST, "member " + l.value() + " does not support proposal type "
            + proposalType);
      }
    }
  }
}
