package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import java.util.Objects;

/// The server refused a call with `code`; `message` is one line to show.
public record ServerRefused(ServerErrorCode code, String message) implements RegisterResult, LoginResult,
    EnsureSessionResult, ReplenishKeyPackagesResult, CreateGroupResult, GroupCommitResult, OpenDirectChatResult,
    ProcessInboxResult, SendMessageResult, LeaveGroupResult,
    ResolveContactResult {
  public ServerRefused {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static ServerRefused of(ServerCallException e) {
    return new ServerRefused(e.code(), e.getMessage());
  }
}
