package dev.quicnprotochat.application.port.in.client;

/// Adds a user to a group: resolves the username, takes one of their key packages, commits the Add and sends the
/// Welcome (RFC 9420 §12.1.1, §12.4.3). A commit refused with STALE_EPOCH is retried after processing the other
/// members' commits, a bounded number of times.
@FunctionalInterface
public interface InviteUseCase {

  GroupCommitResult invite(InviteCommand command);
}
