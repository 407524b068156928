package dev.quicnprotochat.application.port.in.client;

/// Removes a member from a group (RFC 9420 §12.1.3). A commit refused with STALE_EPOCH is retried after processing the
/// other members' commits, a bounded number of times.
@FunctionalInterface
public interface RemoveMemberUseCase {

  GroupCommitResult removeMember(RemoveMemberCommand command);
}
