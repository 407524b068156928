package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.DescribeChannelCommand;
import dev.quicnprotochat.application.port.in.DescribeChannelResult;
import dev.quicnprotochat.application.port.in.EnqueueMessageCommand;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.SendSealedMessageCommand;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every channel operation × {member, non-member, removed member}, each with its own valid session (and, for sealed
/// sender, the newest channel credential that role can know). Only members succeed.
class ChannelAuthorizationMatrixTest {

  enum Role { MEMBER, NON_MEMBER, REMOVED_MEMBER }

  /// Alice owns a channel; bob is a member; carol was added at epoch 1 and removed at epoch 2; dave never joined.
  static final class World {
    final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withSealedSender(true));
    final TestUser alice = server.register("alice");
    final TestUser bob = server.register("bob");
    final TestUser carol = server.register("carol");
    final TestUser dave = server.register("dave");
    final Optional<SessionToken> aliceSession = server.session(alice);
    final ChannelCredential epoch1 = ChannelCredential.of(randomBytes(32));
    final ChannelCredential epoch2 = ChannelCredential.of(randomBytes(32));
    final ChannelId channel = ((CreateChannelResult.ChannelCreated) server.createChannel.createChannel(
        new CreateChannelCommand(aliceSession, Optional.empty()))).channelId();

    World() {
      commit(0, new MembershipChange(java.util.Set.of(bob.identityKey(), carol.identityKey()), java.util.Set.of()),
          Optional.of(aPayload("welcome")), epoch1);
      commit(1, MembershipChange.removing(carol.identityKey()), Optional.empty(), epoch2);
    }

    private void commit(long epoch, MembershipChange change, Optional<dev.quicnprotochat.mls.codec.Bytes> welcome,
        ChannelCredential next) {
      assertInstanceOf(SubmitCommitResult.CommitAccepted.class, server.submitCommit.submitCommit(
          new SubmitCommitCommand(aliceSession, channel, new Epoch(epoch), change, aPayload("commit"), welcome,
              Optional.of(next.hash()))));
    }

    Optional<SessionToken> session(Role role) {
      return server.session(switch (role) {
        case MEMBER -> bob;
        case NON_MEMBER -> dave;
        case REMOVED_MEMBER -> carol;
      });
    }

    /// The newest credential each role could have computed from MLS: a non-member can only guess.
    ChannelCredential credential(Role role) {
      return switch (role) {
        case MEMBER -> epoch2;
        case NON_MEMBER -> ChannelCredential.of(randomBytes(32));
        case REMOVED_MEMBER -> epoch1;
      };
    }
  }

  record Operation(String name, BiFunction<World, Role, Object> call, Predicate<Object> succeeded) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Operation> operations() {
    return List.of(
        new Operation("sendToChannel", (w, role) -> w.server.sendToChannel.sendToChannel(
            new SendToChannelCommand(w.session(role), w.channel, aPayload("hello"))), Delivered.class::isInstance),
        new Operation("enqueueMessage", (w, role) -> w.server.enqueueMessage.enqueueMessage(
            new EnqueueMessageCommand(w.session(role), w.alice.identityKey(), w.channel, aPayload("psst"))),
            EnqueueMessageResult.Enqueued.class::isInstance),
        new Operation("submitCommit", (w, role) -> w.server.submitCommit.submitCommit(new SubmitCommitCommand(
            w.session(role), w.channel, new Epoch(2), MembershipChange.NONE, aPayload("update"), Optional.empty(),
            Optional.empty())), SubmitCommitResult.CommitAccepted.class::isInstance),
        new Operation("describeChannel", (w, role) -> w.server.describeChannel.describeChannel(
            new DescribeChannelCommand(w.session(role), w.channel)),
            DescribeChannelResult.ChannelDescription.class::isInstance),
        new Operation("sendSealedMessage", (w, role) -> w.server.sendSealedMessage.sendSealedMessage(
            new SendSealedMessageCommand(w.channel, w.credential(role), aPayload("sealed"))),
            Delivered.class::isInstance));
  }

  static Stream<Arguments> cells() {
    return operations().stream().flatMap(op -> Stream.of(Role.values()).map(role -> Arguments.of(op, role)));
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("cells")
  void onlyMembersSucceed(Operation operation, Role role) {
    World world = new World();
    int aliceDepth = world.server.inboxes.depth(world.alice.identityKey());
    Object result = operation.call().apply(world, role);
    assertEquals(role == Role.MEMBER, operation.succeeded().test(result), operation + " by " + role + ": " + result);
    if (role != Role.MEMBER) {
      if (operation.name().equals("sendSealedMessage")) {
        assertInstanceOf(SendSealedMessageResult.CredentialRefused.class, result);
      } else {
        assertInstanceOf(NotAMember.class, result);
      }
      assertEquals(aliceDepth, world.server.inboxes.depth(world.alice.identityKey()), "nothing reached alice");
    }
  }
}
