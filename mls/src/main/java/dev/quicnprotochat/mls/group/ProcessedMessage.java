package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalRef;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// What [MlsGroup#process] made of an incoming message; switch over it exhaustively.
public sealed interface ProcessedMessage {

  /// The epoch the message belonged to.
  long epoch();

  /// Application data from `sender`, decrypted and authenticated (RFC 9420 §6.3).
  record ApplicationMessage(long epoch, Member sender, Bytes data, Bytes authenticatedData)
      implements ProcessedMessage {
    public ApplicationMessage {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(authenticatedData, "authenticatedData");
    }

    @Override
    public String toString() {
      return "ApplicationMessage[epoch=" + epoch + ", sender=" + sender.leaf() + ", " + data.length() + " bytes]";
    }
  }

  /// A valid proposal, now cached under `ref` until the next commit (RFC 9420 §12.1).
  record ProposalStored(long epoch, Sender sender, ProposalRef ref, Proposal proposal) implements ProcessedMessage {
    public ProposalStored {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  /// A commit was applied; the group is now in epoch `epoch`.
  ///
  /// @param committer    the committer's leaf (for an external commit, the joiner's new leaf)
  /// @param added        members added by this commit, with their new leaves
  /// @param removed      leaves removed (their former members)
  /// @param updated      leaves whose members replaced their leaf by an Update proposal or their own path
  /// @param selfRemoved  this client was removed: the group is inactive and cannot send or receive any more
  /// @param reInit       a ReInit proposal was committed: the group must be re-created as it describes
  record CommitApplied(long epoch, LeafIndex committer, List<Member> added, List<Member> removed,
      List<LeafIndex> updated, boolean selfRemoved, Optional<Proposal.ReInit> reInit) implements ProcessedMessage {
    public CommitApplied {
      Objects.requireNonNull(committer, "committer");
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      updated = List.copyOf(updated);
      Objects.requireNonNull(reInit, "reInit");
    }
  }
}
