package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Welcome;
import java.util.Objects;
import java.util.Optional;

/// A commit ready to send. The group stays in its epoch with the commit pending until
/// [MlsGroup#mergePendingCommit] (after the delivery service accepted it) or [MlsGroup#discardPendingCommit].
///
/// @param commit     the commit, framed by the group's wire-format policy
/// @param welcome    for the members this commit adds, if any
/// @param groupInfo  the signed GroupInfo of the new epoch (with external_pub, and the tree if configured)
public record CommitResult(MLSMessage commit, Optional<Welcome> welcome, GroupInfo groupInfo) {

  public CommitResult {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(welcome, "welcome");
    Objects.requireNonNull(groupInfo, "groupInfo");
  }
}
