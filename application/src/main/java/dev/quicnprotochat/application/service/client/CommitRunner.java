package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.StagedCommit;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Submits a commit and keeps its state only once the server accepted it (RFC 9420 §14: one commit per epoch).
/// A commit refused with STALE_EPOCH lost the race to another member's commit: drain the inbox (which applies
/// that commit), build the commit again on the new state and retry, at most [#MAX_ATTEMPTS] times (DESIGN.md §4).
/// The user never sees the retries.
@Singleton
public final class CommitRunner {

  public static final int MAX_ATTEMPTS = 4;
  static final int DRAIN_LIMIT = 100;

  private static final Logger logger = LoggerFactory.getLogger(CommitRunner.class);

  private final ServerGateway server;
  private final GroupStateStore groups;
  private final InboxProcessor inbox;

  @Inject
  public CommitRunner(ServerGateway server, GroupStateStore groups, InboxProcessor inbox) {
    this.server = server;
    this.groups = groups;
    this.inbox = inbox;
  }

  /// Builds the commit with `make` from the group's current state, submits it, and saves the merged state once
  /// accepted. Server refusals other than STALE_EPOCH propagate as [ServerCallException].
  public GroupCommitResult run(IdentityKeyPair identity, ChannelId group,
                               Function<SerializedGroupState, StagedCommit> make) {
    return run(identity, group, state -> true, make);
  }

  /// As [#run(IdentityKeyPair, ChannelId, Function)], but before each attempt checks with `needed` that there is
  /// still something to commit (another member's commit may have done it): [GroupCommitResult.NothingToCommit]
  /// otherwise.
  public GroupCommitResult run(IdentityKeyPair identity, ChannelId group, Predicate<SerializedGroupState> needed,
                               Function<SerializedGroupState, StagedCommit> make) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Optional<SerializedGroupState> state = groups.load(group);
      if (state.isEmpty()) {
        // e.g. the commit applied while draining removed this client
        return new UnknownGroup(group);
      }
      if (!needed.test(state.get())) {
        return new GroupCommitResult.NothingToCommit(group);
      }
      StagedCommit staged = make.apply(state.get());
      try {
        Epoch accepted = server.submitCommit(group, staged.epoch(), staged.change(), staged.commit(),
            staged.welcome(), Optional.empty());
        groups.save(group, staged.merged());
        return new GroupCommitResult.Committed(group, accepted, staged.change(), attempt);
      } catch (ServerCallException e) {
        if (e.code() != ServerErrorCode.STALE_EPOCH) {
          throw e;
        }
        logger.info("commit for group {} at epoch {} was stale (channel at {}); processing the inbox, attempt {}",
            group.digest(), staged.epoch().value(), e.currentEpoch().map(Epoch::value).orElse(-1L), attempt);
        inbox.drain(identity, DRAIN_LIMIT);
      }
    }
    return new GroupCommitResult.CommitConflict(MAX_ATTEMPTS);
  }
}
