package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import java.util.Optional;
import java.util.function.Function;

/// The lines of [GroupCommitResult]: the caller says what a success means (`invited bob to T`), the failures read
/// the same for every commit.
public final class CommitLines {
  private CommitLines() {}

  public static Outcome of(GroupCommitResult result, Names names, Function<GroupCommitResult.Committed, String> ok) {
    return switch (result) {
      case GroupCommitResult.Committed committed -> Outcome.ok(ok.apply(committed));
      case GroupCommitResult.AlreadyMember r -> Outcome.error(r.username() + " is already a member");
      case GroupCommitResult.NotAMember r -> Outcome.error(r.username() + " is not a member");
      case GroupCommitResult.UnknownUser r -> Outcome.error("unknown user " + r.username());
      case GroupCommitResult.NoKeyPackage r -> Outcome.error(r.username()
          + " has no key package left: they must come online once before they can be added");
      case GroupCommitResult.ContactKeyChanged r -> Outcome.error(r.username() + "'s identity key changed (recorded "
          + r.recorded().fingerprint() + ", server now says " + r.seen().fingerprint()
          + "): compare fingerprints with them before trusting it; nothing was changed");
      case GroupCommitResult.CommitConflict r -> Outcome.error("other members kept changing the group; gave up after "
          + r.attempts() + " attempts, nothing changed: retry");
      case GroupCommitResult.NothingToCommit r -> Outcome.ok("* " + names.title(r.group()) + ": nothing to commit");
      case NoIdentity r -> Outcome.error(Failures.noIdentity(r));
      case UnknownGroup r -> Outcome.error("not a member of " + names.title(r.group()) + " (left or removed)");
      case ServerRefused r -> Outcome.error(Failures.refused(r));
      case ServerUnreachable r -> Outcome.error(Failures.unreachable(r));
    };
  }

  /// The line of a commit this client made of proposals it received (a member leaving); nothing when another
  /// member's commit already covered them.
  public static Optional<Outcome> ofReceivedProposals(GroupCommitResult result, Names names) {
    if (result instanceof GroupCommitResult.NothingToCommit) {
      return Optional.empty();
    }
    return Optional.of(of(result, names, committed -> "* " + names.title(committed.group()) + ": you "
        + EventLines.change(committed.group(), committed.change(), names) + " (epoch "
        + committed.epoch().value() + ")"));
  }
}
