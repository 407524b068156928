package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipViolation;
import java.util.Objects;

/// What [SubmitCommitUseCase] answers.
public sealed interface SubmitCommitResult
    permits SubmitCommitResult.CommitAccepted, SubmitCommitResult.StaleEpoch,
    SubmitCommitResult.FutureEpoch, SubmitCommitResult.MembershipRefused, UnknownChannel, NotAMember, UnknownUser,
    InvalidRequest, Unauthenticated, RateLimited {

  /// The channel moved to `newEpoch`; the commit is in every other member's inbox, the Welcome in every new one's.
  record CommitAccepted(Epoch newEpoch) implements SubmitCommitResult {

    public CommitAccepted {
      Objects.requireNonNull(newEpoch, "new epoch");
    }
  }

  /// Another commit won this epoch (the wire's `STALE_EPOCH`): fetch, process, and retry from `currentEpoch`.
  record StaleEpoch(Epoch currentEpoch) implements SubmitCommitResult {

    public StaleEpoch {
      Objects.requireNonNull(currentEpoch, "current epoch");
    }
  }

  /// The commit claims an epoch the channel has not reached: the client's state is ahead of the server's.
  record FutureEpoch(Epoch currentEpoch) implements SubmitCommitResult {

    public FutureEpoch {
      Objects.requireNonNull(currentEpoch, "current epoch");
    }
  }

  /// The membership change breaks a channel rule.
  record MembershipRefused(MembershipViolation violation) implements SubmitCommitResult {

    public MembershipRefused {
      Objects.requireNonNull(violation, "violation");
    }
  }
}
