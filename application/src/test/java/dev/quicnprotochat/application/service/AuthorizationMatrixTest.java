package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.FakeKeyPackageValidator.keyPackageFor;
import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.in.AckInboxCommand;
import dev.quicnprotochat.application.port.in.AckInboxResult;
import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.CountKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.CountKeyPackagesResult;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.DescribeChannelCommand;
import dev.quicnprotochat.application.port.in.DescribeChannelResult;
import dev.quicnprotochat.application.port.in.EnqueueMessageCommand;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult;
import dev.quicnprotochat.application.port.in.LogoutCommand;
import dev.quicnprotochat.application.port.in.OpenDirectChannelCommand;
import dev.quicnprotochat.application.port.in.OpenDirectChannelResult;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.ResolveIdentityCommand;
import dev.quicnprotochat.application.port.in.ResolveUserCommand;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UserResolved;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.session.SessionToken;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every authenticated operation × every kind of token. The operation is always "what alice wants"; a cell succeeds
/// when alice's intended effect happened. Only a valid token of alice's succeeds, except where any logged-in user is
/// meant to succeed (directory lookups, taking someone's key package). Each cell runs on a fresh server.
class AuthorizationMatrixTest {

  enum Token { NONE, EXPIRED, OTHER_USERS, VALID }

  /// Alice, with a channel shared with bob, one key package, one inbox entry; bob has a key package; mallory is
  /// another registered user in no channel.
  static final class World {
    final InMemoryServer server = new InMemoryServer(
        ServerSettings.defaults().withSessionLifetime(Duration.ofHours(1)).withSealedSender(true));
    final TestUser alice = server.register("alice");
    final TestUser bob = server.register("bob");
    final TestUser mallory = server.register("mallory");
    final SessionToken expired = server.login(alice);
    final SessionToken valid;
    final SessionToken mallorys;
    final Optional<SessionToken> bobs;
    final ChannelId channel;

    World() {
      server.clock.advance(Duration.ofMinutes(40));
      valid = server.login(alice);
      mallorys = server.login(mallory);
      bobs = server.session(bob);
      server.clock.advance(Duration.ofMinutes(30));
      Optional<SessionToken> setup = Optional.of(valid);
      channel = ((CreateChannelResult.ChannelCreated) server.createChannel.createChannel(
          new CreateChannelCommand(setup, Optional.empty()))).channelId();
      server.submitCommit.submitCommit(new SubmitCommitCommand(setup, channel, server.channels.find(channel)
          .orElseThrow().epoch(), MembershipChange.adding(bob.identityKey()), aPayload("commit"),
          Optional.of(aPayload("welcome")), Optional.empty()));
      server.publishKeyPackages.publishKeyPackages(new PublishKeyPackagesCommand(
          setup, List.of(keyPackageFor(alice.identityKey())), Optional.empty()));
      server.publishKeyPackages.publishKeyPackages(new PublishKeyPackagesCommand(
          bobs, List.of(keyPackageFor(bob.identityKey())), Optional.empty()));
      server.sendToChannel.sendToChannel(new SendToChannelCommand(bobs, channel, aPayload("hi alice")));
    }

    Optional<SessionToken> token(Token kind) {
      return switch (kind) {
        case NONE -> Optional.empty();
        case EXPIRED -> Optional.of(expired);
        case OTHER_USERS -> Optional.of(mallorys);
        case VALID -> Optional.of(valid);
      };
    }

    boolean aliceAuthenticates() {
      return server.authenticate.authenticate(new AuthenticateCommand(Optional.of(valid))) instanceof Caller;
    }
  }

  record Operation(
      String name, BiFunction<World, Optional<SessionToken>, Object> call, BiPredicate<World, Object> aliceGotIt,
      Set<Token> allowed) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Set<Token> ALICE_ONLY = EnumSet.of(Token.VALID);
  private static final Set<Token> ANY_USER = EnumSet.of(Token.VALID, Token.OTHER_USERS);

  static List<Operation> operations() {
    return List.of(
        new Operation("logout", (w, t) -> w.server.logout.logout(new LogoutCommand(t)),
            (w, r) -> !w.aliceAuthenticates(), ALICE_ONLY),
        new Operation("publishKeyPackages", (w, t) -> w.server.publishKeyPackages.publishKeyPackages(
            new PublishKeyPackagesCommand(t, List.of(keyPackageFor(w.alice.identityKey())), Optional.empty())),
            (w, r) -> r instanceof PublishKeyPackagesResult.Published
                && w.server.keyPackages.count(w.alice.identityKey()).available() == 2, ALICE_ONLY),
        new Operation("fetchKeyPackage", (w, t) -> w.server.fetchKeyPackage.fetchKeyPackage(
            new FetchKeyPackageCommand(t, w.bob.identityKey())),
            (w, r) -> r instanceof FetchKeyPackageResult.KeyPackageFound, ANY_USER),
        new Operation("countKeyPackages", (w, t) -> w.server.countKeyPackages.countKeyPackages(
            new CountKeyPackagesCommand(t)),
            (w, r) -> r instanceof CountKeyPackagesResult.Counted c && c.count().available() == 1, ALICE_ONLY),
        new Operation("enqueueMessage", (w, t) -> w.server.enqueueMessage.enqueueMessage(
            new EnqueueMessageCommand(t, w.bob.identityKey(), w.channel, aPayload("to bob"))),
            (w, r) -> r instanceof EnqueueMessageResult.Enqueued, ALICE_ONLY),
        new Operation("fetchInbox", (w, t) -> w.server.fetchInbox.fetchInbox(new FetchInboxCommand(t, 0, 10)),
            (w, r) -> r instanceof FetchInboxResult.InboxPage page
                && page.entries().stream().anyMatch(e -> e.payload().equals(aPayload("hi alice"))), ALICE_ONLY),
        new Operation("ackInbox", (w, t) -> w.server.ackInbox.ackInbox(new AckInboxCommand(t, Long.MAX_VALUE)),
            (w, r) -> r instanceof AckInboxResult.Acked && w.server.inboxes.depth(w.alice.identityKey()) == 0,
            ALICE_ONLY),
        new Operation("createChannel", (w, t) -> w.server.createChannel.createChannel(
            new CreateChannelCommand(t, Optional.empty())),
            (w, r) -> r instanceof CreateChannelResult.ChannelCreated created && w.server.channels
                .find(created.channelId()).orElseThrow().members().equals(Set.of(w.alice.identityKey())), ALICE_ONLY),
        new Operation("openDirectChannel", (w, t) -> w.server.openDirectChannel.openDirectChannel(
            new OpenDirectChannelCommand(t, w.bob.identityKey(), Optional.empty())),
            (w, r) -> r instanceof OpenDirectChannelResult.DirectChannelOpened opened
                && opened.channelId().equals(ChannelId.direct(w.alice.identityKey(), w.bob.identityKey())),
            ALICE_ONLY),
        new Operation("sendToChannel", (w, t) -> w.server.sendToChannel.sendToChannel(
            new SendToChannelCommand(t, w.channel, aPayload("to all"))),
            (w, r) -> r instanceof Delivered, ALICE_ONLY),
        new Operation("submitCommit", (w, t) -> w.server.submitCommit.submitCommit(new SubmitCommitCommand(t,
            w.channel, w.server.channels.find(w.channel).orElseThrow().epoch(), MembershipChange.NONE,
            aPayload("update"), Optional.empty(), Optional.empty())),
            (w, r) -> r instanceof SubmitCommitResult.CommitAccepted, ALICE_ONLY),
        new Operation("describeChannel", (w, t) -> w.server.describeChannel.describeChannel(
            new DescribeChannelCommand(t, w.channel)),
            (w, r) -> r instanceof DescribeChannelResult.ChannelDescription, ALICE_ONLY),
        new Operation("resolveUser", (w, t) -> w.server.resolveUser.resolveUser(
            new ResolveUserCommand(t, w.bob.username())),
            (w, r) -> r instanceof UserResolved, ANY_USER),
        new Operation("resolveIdentity", (w, t) -> w.server.resolveIdentity.resolveIdentity(
            new ResolveIdentityCommand(t, w.bob.identityKey())),
            (w, r) -> r instanceof UserResolved, ANY_USER));
  }

  static Stream<Arguments> cells() {
    return operations().stream().flatMap(op -> Stream.of(Token.values()).map(token -> Arguments.of(op, token)));
  }

  @ParameterizedTest(name = "{0} with {1} token")
  @MethodSource("cells")
  void onlyTheRightCellsSucceed(Operation operation, Token token) {
    World world = new World();
    Object result = operation.call().apply(world, world.token(token));
    switch (token) {
      case NONE -> assertEquals(new Unauthenticated(Unauthenticated.Reason.MISSING_TOKEN), result);
      case EXPIRED -> assertEquals(new Unauthenticated(Unauthenticated.Reason.INVALID_OR_EXPIRED_TOKEN), result);
      case OTHER_USERS, VALID -> { }
    }
    assertEquals(operation.allowed().contains(token), operation.aliceGotIt().test(world, result),
        operation + " with " + token + " token answered " + result);
  }
}
