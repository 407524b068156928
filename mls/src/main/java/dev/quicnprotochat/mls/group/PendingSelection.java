package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.MlsException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// Picks which cached proposals a committer includes by reference. RFC 9420 §12.2 makes a commit with an invalid
/// combination invalid as a whole, so the committer leaves out what would break it, as the RFC expects: its own
/// Updates (its path replaces them), a Remove of itself, Updates of leaves that are also removed, repeated
/// Removes, PSKs and Adds, a second GroupContextExtensions, a ReInit next to anything else, and Adds whose
/// KeyPackage no longer verifies. Inline proposals are the caller's explicit choice and are not filtered.
final class PendingSelection {

  private PendingSelection() {
  }

  static List<CachedProposal> select(CipherSuite suite, EpochState ep, List<CachedProposal> cached,
      List<Proposal> inline, GroupConfig config) {
    LeafIndex own = ep.ownLeaf();
    Set<LeafIndex> removed = new HashSet<>();
    Set<LeafIndex> updated = new HashSet<>();
    Set<Bytes> psks = new HashSet<>();
    Set<Bytes> addedKeys = new HashSet<>();
    boolean gce = false;
    for (Proposal p : inline) {
      switch (p) {
        case Proposal.Remove r -> removed.add(r.removedLeaf());
        case Proposal.PreSharedKey k -> psks.add(Bytes.wrap(k.psk().toByteArray()));
        case Proposal.Add a -> addedKeys.add(a.keyPackage().leafNode().signatureKey());
        case Proposal.GroupContextExtensions g -> gce = true;
        default -> {
        }
      }
    }
    // Removes first, so that an Update of a leaf that is being removed is the one left out.
    for (CachedProposal c : cached) {
      if (c.proposal() instanceof Proposal.Remove r && r.removed() <= LeafIndex.MAX_VALUE) {
        LeafIndex leaf = r.removedLeaf();
        if (!leaf.equals(own) && ep.tree().leaf(leaf).isPresent()) {
          removed.add(leaf);
        }
      }
    }
    List<CachedProposal> out = new ArrayList<>();
    Set<LeafIndex> removedByRef = new HashSet<>();
    boolean others = !inline.isEmpty();
    for (CachedProposal c : cached) {
      boolean keep = switch (c.proposal()) {
        case Proposal.Update u -> c.sender() instanceof Sender.Member m && !m.leaf().equals(own)
            && !removed.contains(m.leaf()) && updated.add(m.leaf());
        case Proposal.Remove r -> r.removed() <= LeafIndex.MAX_VALUE && !r.removedLeaf().equals(own)
            && ep.tree().leaf(r.removedLeaf()).isPresent() && !inlineRemoves(inline, r.removedLeaf())
            && removedByRef.add(r.removedLeaf());
        case Proposal.PreSharedKey k -> psks.add(Bytes.wrap(k.psk().toByteArray()));
        case Proposal.Add a -> verifies(suite, a, config) && addedKeys.add(a.keyPackage().leafNode().signatureKey());
        case Proposal.GroupContextExtensions g -> {
          boolean first = !gce;
          gce = true;
          yield first;
        }
        case Proposal.ReInit ri -> !others && cached.size() == 1;
        case Proposal.ExternalInit ei -> false;
        case Proposal.Unknown u -> true;
      };
      if (keep) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean inlineRemoves(List<Proposal> inline, LeafIndex leaf) {
    return inline.stream().anyMatch(p -> p instanceof Proposal.Remove r && r.removed() == leaf.value());
  }

  private static boolean verifies(CipherSuite suite, Proposal.Add add, GroupConfig config) {
    try {
      add.keyPackage().verify(suite, config.clock());
      return true;
    } catch (MlsException e) {
      return false;
    }
  }
}
