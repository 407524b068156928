package dev.quicnprotochat.mls.group;

import java.util.Objects;

/// The successor of a re-initialised group as its creator holds it (RFC 9420 §11.2): the new group, with its first
/// commit pending, and that commit, whose Welcome brings in the other members.
///
/// @param group   the successor, at epoch 0 with `commit` pending: merge it ([MlsGroup#mergePendingCommit]) once the
///                Welcome is on its way (no member but the creator is in epoch 0, so the commit itself has no
///                recipient)
/// @param commit  the first commit: adds the members and names the old group's `reinit` resumption PSK
public record ReInitSuccessor(MlsGroup group, CommitResult commit) {

  public ReInitSuccessor {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(commit, "commit");
  }
}
