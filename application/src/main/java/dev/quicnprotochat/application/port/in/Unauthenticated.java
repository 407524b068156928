package dev.quicnprotochat.application.port.in;

import java.util.Objects;

/// The call needs a valid session token and has none: log in (again).
public record Unauthenticated(Reason reason)
    implements AuthenticateResult, Admission, LogoutResult, PublishKeyPackagesResult, FetchKeyPackageResult,
    CountKeyPackagesResult, EnqueueMessageResult, FetchInboxResult, AckInboxResult, CreateChannelResult,
    OpenDirectChannelResult, SendToChannelResult, SubmitCommitResult, DescribeChannelResult, ResolveUserResult,
    ResolveIdentityResult {

  /// Why; both read the same to a client, the distinction is for the server's logs and metrics.
  public enum Reason {
    MISSING_TOKEN,
    INVALID_OR_EXPIRED_TOKEN
  }

  public Unauthenticated {
    Objects.requireNonNull(reason, "reason");
  }
}
