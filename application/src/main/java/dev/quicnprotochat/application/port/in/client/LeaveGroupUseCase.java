package dev.quicnprotochat.application.port.in.client;

/// Leaves a group: sends a proposal to remove oneself (RFC 9420 §12.1.3), which the other members' clients commit
/// when they receive it, and drops the group's state at once (its history stays).
@FunctionalInterface
public interface LeaveGroupUseCase {

  LeaveGroupResult leaveGroup(LeaveGroupCommand command);
}
