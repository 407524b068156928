package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.DescribeChannelCommand;
import dev.quicnprotochat.application.port.in.DescribeChannelResult;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.OpenDirectChannelCommand;
import dev.quicnprotochat.application.port.in.OpenDirectChannelResult.DirectChannelOpened;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SendToChannelResult;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelServicesTest {

  private final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withInboxDepthLimit(2));
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final TestUser carol = server.register("carol");
  private final Optional<SessionToken> aliceSession = server.session(alice);
  private final Optional<SessionToken> bobSession = server.session(bob);
  private final Optional<SessionToken> carolSession = server.session(carol);

  private ChannelId create(Optional<SessionToken> session) {
    return ((ChannelCreated) server.createChannel.createChannel(new CreateChannelCommand(session, Optional.empty())))
        .channelId();
  }

  private void add(ChannelId id, TestUser... users) {
    Channel channel = server.channels.find(id).orElseThrow();
    Set<dev.quicnprotochat.domain.identity.IdentityKey> keys = new java.util.HashSet<>();
    for (TestUser user : users) {
      keys.add(user.identityKey());
    }
    server.channels.commit(new ChannelStore.Commit(id, channel.epoch(), new MembershipChange(keys, Set.of()),
        List.of(), List.of()));
  }

  private SendToChannelResult send(Optional<SessionToken> session, ChannelId id, String text) {
    return server.sendToChannel.sendToChannel(new SendToChannelCommand(session, id, aPayload(text)));
  }

  @Test
  void creatorIsTheOnlyMemberAtEpochZeroOfARandomGroupId() {
    var created = (ChannelCreated) server.createChannel.createChannel(
        new CreateChannelCommand(aliceSession, Optional.empty()));
    assertEquals(Epoch.ZERO, created.epoch());
    assertEquals(ChannelId.GROUP_LENGTH, created.channelId().value().length());
    Channel stored = server.channels.find(created.channelId()).orElseThrow();
    assertEquals(Set.of(alice.identityKey()), stored.members());
    assertEquals(ChannelKind.GROUP, stored.kind());
    assertNotEquals(created.channelId(), create(aliceSession));
  }

  @Test
  void creatorRegistersEpochZerosSealedSenderCredential() {
    ChannelCredential credential = ChannelCredential.of(ServerTestData.randomBytes(32));
    var created = (ChannelCreated) server.createChannel.createChannel(
        new CreateChannelCommand(aliceSession, Optional.of(credential.hash())));
    assertEquals(Optional.of(credential.hash()), server.credentials.find(created.channelId(), Epoch.ZERO));
  }

  @Test
  void messageFansOutToEveryMemberButTheSender() {
    ChannelId id = create(aliceSession);
    add(id, bob, carol);
    assertEquals(new Delivered(2), send(aliceSession, id, "hello all"));
    for (TestUser member : List.of(bob, carol)) {
      List<InboxEntry> inbox = server.inboxes.fetch(member.identityKey(), 0, 10);
      assertEquals(1, inbox.size());
      assertEquals(aPayload("hello all"), inbox.getFirst().payload());
      assertEquals(Optional.of(alice.identityKey()), inbox.getFirst().sender());
    }
    assertEquals(0, server.inboxes.depth(alice.identityKey()));
    assertEquals(2, server.notifier.notifications().size());
  }

  @Test
  void nonMembersCannotSendAndUnknownChannelsAreSaidSo() {
    ChannelId id = create(aliceSession);
    add(id, bob);
    assertInstanceOf(NotAMember.class, send(carolSession, id, "let me in"));
    assertInstanceOf(UnknownChannel.class, send(aliceSession, ServerTestData.aGroupChannelId(), "anyone?"));
    assertEquals(0, server.inboxes.depth(bob.identityKey()));
  }

  @Test
  void oneFullInboxRefusesTheWholeFanOut() {
    ChannelId id = create(aliceSession);
    add(id, bob, carol);
    server.inboxes.enqueue(List.of(ServerTestData.anEnvelope(carol.identityKey(), id, "1"),
        ServerTestData.anEnvelope(carol.identityKey(), id, "2")));
    assertEquals(new InboxFull(carol.identityKey()), send(aliceSession, id, "dropped"));
    assertEquals(0, server.inboxes.depth(bob.identityKey()));
  }

  @Test
  void bothSidesOfADirectChannelGetTheSameTwoMemberChannel() {
    var opened = (DirectChannelOpened) server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(aliceSession, bob.identityKey(), Optional.empty()));
    assertTrue(opened.created());
    assertEquals(ChannelId.direct(alice.identityKey(), bob.identityKey()), opened.channelId());
    var again = (DirectChannelOpened) server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(bobSession, alice.identityKey(), Optional.empty()));
    assertFalse(again.created());
    assertEquals(opened.channelId(), again.channelId());
    Channel dm = server.channels.find(opened.channelId()).orElseThrow();
    assertEquals(Set.of(alice.identityKey(), bob.identityKey()), dm.members());
    assertEquals(new Delivered(1), send(bobSession, dm.id(), "hi alice"));
    assertInstanceOf(NotAMember.class, send(carolSession, dm.id(), "hi both"));
  }

  @Test
  void onlyTheCreatorOfADirectChannelRegistersItsCredential() {
    ChannelCredential first = ChannelCredential.of(ServerTestData.randomBytes(32));
    ChannelCredential second = ChannelCredential.of(ServerTestData.randomBytes(32));
    var opened = (DirectChannelOpened) server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(aliceSession, bob.identityKey(), Optional.of(first.hash())));
    server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(bobSession, alice.identityKey(), Optional.of(second.hash())));
    assertEquals(Optional.of(first.hash()), server.credentials.find(opened.channelId(), Epoch.ZERO));
  }

  @Test
  void directChannelNeedsARegisteredPeerOtherThanOneself() {
    assertInstanceOf(UnknownUser.class, server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(aliceSession, anIdentityKey(), Optional.empty())));
    assertInstanceOf(InvalidRequest.class, server.openDirectChannel.openDirectChannel(
        new OpenDirectChannelCommand(aliceSession, alice.identityKey(), Optional.empty())));
  }

  @Test
  void onlyMembersSeeAChannelsMembersAndEpoch() {
    ChannelId id = create(aliceSession);
    add(id, bob);
    var description = assertInstanceOf(DescribeChannelResult.ChannelDescription.class,
        server.describeChannel.describeChannel(new DescribeChannelCommand(bobSession, id)));
    assertEquals(Set.of(alice.identityKey(), bob.identityKey()), description.channel().members());
    assertEquals(new Epoch(1), description.channel().epoch());
    assertInstanceOf(NotAMember.class,
        server.describeChannel.describeChannel(new DescribeChannelCommand(carolSession, id)));
    assertInstanceOf(UnknownChannel.class, server.describeChannel.describeChannel(
        new DescribeChannelCommand(carolSession, ServerTestData.aGroupChannelId())));
  }
}
