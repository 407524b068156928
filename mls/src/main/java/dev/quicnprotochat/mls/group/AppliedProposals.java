package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treekem.TreeKemPrivate;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Optional;

/// A validated proposal list applied to an epoch (RFC 9420 §12.3), before any UpdatePath.
///
/// @param tree          the tree after GroupContextExtensions, Update, Remove and Add
/// @param extensions    the group context extensions of the next epoch
/// @param privateKeys   this member's keys with the keys of blanked nodes dropped (and an own Update's leaf key in)
/// @param added         each added member's new leaf and verified KeyPackage, in proposal order
/// @param pathRequired  whether RFC 9420 §12.4 demands an UpdatePath
record AppliedProposals(RatchetTree tree, List<Extension> extensions, TreeKemPrivate privateKeys,
    List<Added> added, List<Member> removed, List<LeafIndex> updated, List<PreSharedKeyID> psks,
    Optional<Bytes> externalInitKemOutput, Optional<Proposal.ReInit> reInit, boolean selfRemoved,
    boolean pathRequired) {

  record Added(LeafIndex leaf, KeyPackage keyPackage) {
  }
}
