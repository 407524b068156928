package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.CommitAccepted;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.FutureEpoch;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.MembershipRefused;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.StaleEpoch;
import dev.quicnprotochat.application.port.in.SubmitCommitUseCase;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.ChannelStore.Commit;
import dev.quicnprotochat.application.port.out.ChannelStore.CommitOutcome;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.MembershipViolation;
import dev.quicnprotochat.domain.inbox.Envelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Orders a channel's commits: exactly one commit per epoch is accepted, a commit for a past epoch gets
/// [StaleEpoch], so every member applies the same commit sequence and the group never forks (DESIGN.md §4,
/// RFC 9420 §14). The epoch advance, the fan-out of the commit to every other member (including those it removes,
/// who learn of their removal from it) and the Welcome to every added member are one atomic store operation.
///
/// Commits bypass the inbox depth limit: refusing one would stall the whole group on one member's backlog.
@Singleton
public final class SubmitCommitService implements SubmitCommitUseCase {

  private static final Logger logger = LoggerFactory.getLogger(SubmitCommitService.class);

  private final SessionGuard guard;
  private final UserStore users;
  private final ChannelStore channels;
  private final ChannelCredentialStore credentials;
  private final InboxDelivery delivery;

  @Inject
  public SubmitCommitService(
      SessionGuard guard, UserStore users, ChannelStore channels, ChannelCredentialStore credentials,
      InboxDelivery delivery) {
    this.guard = guard;
    this.users = users;
    this.channels = channels;
    this.credentials = credentials;
    this.delivery = delivery;
  }

  @Override
  public SubmitCommitResult submitCommit(SubmitCommitCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> submit(caller, command);
    };
  }

  private SubmitCommitResult submit(Caller caller, SubmitCommitCommand command) {
    Optional<Channel> found = channels.find(command.channelId());
    if (found.isEmpty()) {
      return new UnknownChannel();
    }
    Channel channel = found.get();
    if (!channel.isMember(caller.identityKey())) {
      return new NotAMember();
    }
    if (command.epoch().isBefore(channel.epoch())) {
      return new StaleEpoch(channel.epoch());
    }
    if (channel.epoch().isBefore(command.epoch())) {
      return new FutureEpoch(channel.epoch());
    }
    Optional<MembershipViolation> violation = channel.check(caller.identityKey(), command.change());
    if (violation.isPresent()) {
      return new MembershipRefused(violation.get());
    }
    boolean adds = !command.change().added().isEmpty();
    if (adds != command.welcome().isPresent()) {
      return new InvalidRequest(adds
          ? "a commit that adds members needs a Welcome"
          : "a Welcome without added members has no recipient");
    }
    if (command.change().added().stream().anyMatch(key -> users.findByIdentityKey(key).isEmpty())) {
      return new UnknownUser();
    }
    List<Envelope> fanOut = channel.recipientsExcept(caller.identityKey()).stream()
        .map(r -> new Envelope(r, channel.id(), command.commit(), Optional.of(caller.identityKey())))
        .toList();
    List<Envelope> welcomes = command.change().added().stream()
        .map(r -> new Envelope(r, channel.id(), command.welcome().orElseThrow(), Optional.of(caller.identityKey())))
        .toList();
    CommitOutcome outcome = channels.commit(new Commit(channel.id(), command.epoch(), command.change(), fanOut,
        welcomes));
    return switch (outcome) {
      case CommitOutcome.Accepted accepted -> {
        command.nextCredentialHash().ifPresent(h -> credentials.register(channel.id(), accepted.newEpoch(), h));
        delivery.notifyAll(fanOut, accepted.fanOutSequences());
        delivery.notifyAll(welcomes, accepted.welcomeSequences());
        logger.debug("channel {} moved to epoch {} (+{}/-{} members)", channel.id(), accepted.newEpoch().value(),
            command.change().added().size(), command.change().removed().size());
        yield new CommitAccepted(accepted.newEpoch());
      }
      case CommitOutcome.StaleEpoch stale -> {
        logger.debug("commit to channel {} lost the race for epoch {}", channel.id(), command.epoch().value());
        yield new StaleEpoch(stale.currentEpoch());
      }
      case CommitOutcome.UnknownChannel unknown -> new UnknownChannel();
    };
  }
}
