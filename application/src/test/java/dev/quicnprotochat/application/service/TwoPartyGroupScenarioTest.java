package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.FakeKeyPackageValidator.keyPackageFor;
import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quicnprotochat.application.port.in.AckInboxCommand;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult.InboxPage;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult.KeyPackageFound;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult.Published;
import dev.quicnprotochat.application.port.in.ResolveUserCommand;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.CommitAccepted;
import dev.quicnprotochat.application.port.in.UserResolved;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// The server's side of a whole conversation, use case by use case: register, log in, publish key packages, resolve a
/// name, create a group, add a member with a Welcome, exchange messages, fetch and ack.
class TwoPartyGroupScenarioTest {

  @Test
  void aliceInvitesBobAndTheyTalk() {
    InMemoryServer server = new InMemoryServer();
    TestUser alice = server.register("alice");
    TestUser bob = server.register("bob");
    Optional<SessionToken> aliceSession = server.session(alice);
    Optional<SessionToken> bobSession = server.session(bob);

    var published = (Published) server.publishKeyPackages.publishKeyPackages(new PublishKeyPackagesCommand(bobSession,
        List.of(keyPackageFor(bob.identityKey())), Optional.of(keyPackageFor(bob.identityKey()))));
    assertEquals(1, published.count().available());

    var bobResolved = (UserResolved) server.resolveUser.resolveUser(
        new ResolveUserCommand(aliceSession, Username.of("bob")));
    var bobsPackage = (KeyPackageFound) server.fetchKeyPackage.fetchKeyPackage(
        new FetchKeyPackageCommand(aliceSession, bobResolved.identityKey()));
    assertFalse(bobsPackage.keyPackage().lastResort());

    var channel = (ChannelCreated) server.createChannel.createChannel(
        new CreateChannelCommand(aliceSession, Optional.empty()));
    assertEquals(new CommitAccepted(new Epoch(1)), server.submitCommit.submitCommit(new SubmitCommitCommand(
        aliceSession, channel.channelId(), Epoch.ZERO, MembershipChange.adding(bob.identityKey()),
        aPayload("commit: add bob"), Optional.of(aPayload("welcome bob")), Optional.empty())));

    var bobsInbox = (InboxPage) server.fetchInbox.fetchInbox(new FetchInboxCommand(bobSession, 0, 50));
    InboxEntry welcome = bobsInbox.entries().getFirst();
    assertEquals(aPayload("welcome bob"), welcome.payload());
    assertEquals(channel.channelId(), welcome.channelId());
    server.ackInbox.ackInbox(new AckInboxCommand(bobSession, welcome.sequence()));

    assertEquals(new Delivered(1), server.sendToChannel.sendToChannel(
        new SendToChannelCommand(bobSession, channel.channelId(), aPayload("thanks for the invite"))));
    assertEquals(new Delivered(1), server.sendToChannel.sendToChannel(
        new SendToChannelCommand(aliceSession, channel.channelId(), aPayload("welcome aboard"))));

    var alicesInbox = (InboxPage) server.fetchInbox.fetchInbox(new FetchInboxCommand(aliceSession, 0, 50));
    assertEquals(List.of(aPayload("thanks for the invite")),
        alicesInbox.entries().stream().map(InboxEntry::payload).toList());
    assertEquals(Optional.of(bob.identityKey()), alicesInbox.entries().getFirst().sender());
    bobsInbox = (InboxPage) server.fetchInbox.fetchInbox(new FetchInboxCommand(bobSession, 0, 50));
    assertEquals(List.of(aPayload("welcome aboard")), bobsInbox.entries().stream().map(InboxEntry::payload).toList());
    // Pushes: the Welcome to bob (the add commit had no one else to reach), then one per message.
    assertEquals(List.of(bob.identityKey(), alice.identityKey(), bob.identityKey()),
        server.notifier.notifications().stream().map(n -> n.recipient()).toList());
  }
}
