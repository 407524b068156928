package dev.quicnprotochat.application.port.in.client;

/// Adds a user to a group A commit refused with STALE_EPOCH is retried after processing the
/// other members' commits, a bounded number of times.
@FunctionalInterface
public interface InviteUseCase {

  GroupCommitResult invite(InviteCommand command);
}
