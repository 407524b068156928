package dev.quicnprotochat.application.port.in;

import java.time.Duration;
import java.util.Objects;

/// The session made more calls per second than allowed (or the server is busy with logins); retry after the delay.
public record RateLimited(Duration retryAfter)
    implements Admission, StartLoginResult, PublishKeyPackagesResult, FetchKeyPackageResult, CountKeyPackagesResult,
    EnqueueMessageResult, FetchInboxResult, AckInboxResult, CreateChannelResult, OpenDirectChannelResult,
    SendToChannelResult, SubmitCommitResult, DescribeChannelResult, ResolveUserResult, ResolveIdentityResult {

  public RateLimited {
    Objects.requireNonNull(retryAfter, "retry delay");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("a retry delay is never negative");
    }
  }
}
