package dev.quicnprotochat.application.port.in;

/// Submits an MLS commit for a channel: exactly one commit per epoch is accepted.
@FunctionalInterface
public interface SubmitCommitUseCase {

  SubmitCommitResult submitCommit(SubmitCommitCommand command);
}
