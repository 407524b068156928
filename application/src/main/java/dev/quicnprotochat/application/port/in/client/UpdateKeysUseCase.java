package dev.quicnprotochat.application.port.in.client;

/// Refreshes this client's leaf keys with an empty commit carrying an UpdatePath (RFC 9420 §12.4), for
/// post-compromise security. A commit refused with STALE_EPOCH is retried after processing the other members'
/// commits, a bounded number of times.
@FunctionalInterface
public interface UpdateKeysUseCase {

  GroupCommitResult updateKeys(UpdateKeysCommand command);
}
