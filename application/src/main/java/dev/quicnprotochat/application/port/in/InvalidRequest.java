package dev.quicnprotochat.application.port.in;

import java.util.Objects;

/// The request is malformed or contradicts itself; `reason` is one line a client can show.
public record InvalidRequest(String reason)
    implements StartRegistrationResult, FinishRegistrationResult, StartLoginResult, PublishKeyPackagesResult,
    OpenDirectChannelResult, SubmitCommitResult, SendSealedMessageResult {

  public InvalidRequest {
    Objects.requireNonNull(reason, "reason");
  }
}
