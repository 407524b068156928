package dev.quicnprotochat.application.port.in.client;

import java.util.Objects;

/// The server could not be reached or did not answer in time; the outcome of the call is unknown.
public record ServerUnreachable(String message) implements RegisterResult, LoginResult, EnsureSessionResult,
    ReplenishKeyPackagesResult, CreateGroupResult, GroupCommitResult, OpenDirectChatResult, ProcessInboxResult,
    SendMessageResult, LeaveGroupResult, ResolveContactResult {
  public ServerUnreachable {
    Objects.requireNonNull(message, "message");
  }
}
