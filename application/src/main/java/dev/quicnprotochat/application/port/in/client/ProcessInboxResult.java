package dev.quicnprotochat.application.port.in.client;

import java.util.List;
import java.util.Objects;

/// What [ProcessInboxUseCase] answers. A server failure after some entries were processed still reports those in
/// the next call's events (they are acknowledged only then, or seen again and dropped as duplicates).
public sealed interface ProcessInboxResult permits ProcessInboxResult.Processed, NoIdentity, ServerRefused,
    ServerUnreachable {

  /// The events of every entry processed, in inbox order; `acknowledgedUpTo` is the last acknowledged sequence
  /// (0 when nothing was); `commits` are the commits this client made of proposals it received (a member
  /// leaving), one per group.
  record Processed(List<InboxEvent> events, long acknowledgedUpTo, List<GroupCommitResult> commits)
      implements ProcessInboxResult {
    public Processed {
      events = List.copyOf(Objects.requireNonNull(events, "events"));
      commits = List.copyOf(Objects.requireNonNull(commits, "commits"));
    }
  }
}
