package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.in.AckInboxCommand;
import dev.quicnprotochat.application.port.in.AckInboxResult;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.EnqueueMessageCommand;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.application.testing.RecordingInboxNotifier.Notification;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxServicesTest {

  private final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withInboxDepthLimit(3));
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final TestUser carol = server.register("carol");
  private final Optional<SessionToken> aliceSession = server.session(alice);
  private final Optional<SessionToken> bobSession = server.session(bob);
  private final Optional<SessionToken> carolSession = server.session(carol);
  private final ChannelId channel = aliceAndBobChannel();

  private ChannelId aliceAndBobChannel() {
    var created = (CreateChannelResult.ChannelCreated) server.createChannel.createChannel(
        new CreateChannelCommand(aliceSession, Optional.empty()));
    server.channels.commit(new dev.quicnprotochat.application.port.out.ChannelStore.Commit(
        created.channelId(), created.epoch(), MembershipChange.adding(bob.identityKey()), List.of(), List.of()));
    return created.channelId();
  }

  private EnqueueMessageResult enqueue(Optional<SessionToken> from, IdentityKey to, ChannelId in, String text) {
    return server.enqueueMessage.enqueueMessage(new EnqueueMessageCommand(from, to, in, aPayload(text)));
  }

  private List<InboxEntry> fetch(Optional<SessionToken> session, long after) {
    return ((FetchInboxResult.InboxPage) server.fetchInbox.fetchInbox(new FetchInboxCommand(session, after, 100)))
        .entries();
  }

  @Test
  void enqueuedMessageReachesTheRecipientWithItsSenderAndNotifiesIt() {
    var enqueued = assertInstanceOf(EnqueueMessageResult.Enqueued.class,
        enqueue(aliceSession, bob.identityKey(), channel, "hi bob"));
    assertEquals(List.of(new InboxEntry(enqueued.sequence(), channel, aPayload("hi bob"),
        Optional.of(alice.identityKey()))), fetch(bobSession, 0));
    assertEquals(List.of(new Notification(bob.identityKey(), enqueued.sequence())), server.notifier.notifications());
    assertEquals(List.of(), fetch(aliceSession, 0));
  }

  @Test
  void recipientMustBeRegistered() {
    assertInstanceOf(UnknownUser.class, enqueue(aliceSession, anIdentityKey(), channel, "hello?"));
  }

  @Test
  void senderAndRecipientMustBeMembersOfAnExistingChannel() {
    assertInstanceOf(UnknownChannel.class,
        enqueue(aliceSession, bob.identityKey(), ServerTestData.aGroupChannelId(), "x"));
    assertInstanceOf(NotAMember.class, enqueue(carolSession, bob.identityKey(), channel, "x"));
    assertInstanceOf(EnqueueMessageResult.RecipientNotAMember.class,
        enqueue(aliceSession, carol.identityKey(), channel, "x"));
    assertEquals(0, server.inboxes.depth(bob.identityKey()) + server.inboxes.depth(carol.identityKey()));
  }

  @Test
  void aFullInboxRefusesUntilTheRecipientAcks() {
    long last = 0;
    for (int i = 0; i < 3; i++) {
      last = ((EnqueueMessageResult.Enqueued) enqueue(aliceSession, bob.identityKey(), channel, "m" + i)).sequence();
    }
    assertEquals(new InboxFull(bob.identityKey()), enqueue(aliceSession, bob.identityKey(), channel, "overflow"));
    assertEquals(3, server.inboxes.depth(bob.identityKey()));
    assertEquals(new AckInboxResult.Acked(3), server.ackInbox.ackInbox(new AckInboxCommand(bobSession, last)));
    assertInstanceOf(EnqueueMessageResult.Enqueued.class, enqueue(aliceSession, bob.identityKey(), channel, "fits"));
  }

  @Test
  void fetchReadsAfterTheCursorAndAckDeletesOnlyTheCallersEntries() {
    long first = ((EnqueueMessageResult.Enqueued) enqueue(aliceSession, bob.identityKey(), channel, "1")).sequence();
    long second = ((EnqueueMessageResult.Enqueued) enqueue(aliceSession, bob.identityKey(), channel, "2")).sequence();
    long toAlice = ((EnqueueMessageResult.Enqueued) enqueue(bobSession, alice.identityKey(), channel, "3")).sequence();
    assertEquals(List.of(second), fetch(bobSession, first).stream().map(InboxEntry::sequence).toList());
    assertEquals(new AckInboxResult.Acked(0), server.ackInbox.ackInbox(new AckInboxCommand(aliceSession, first)));
    assertEquals(new AckInboxResult.Acked(1), server.ackInbox.ackInbox(new AckInboxCommand(bobSession, first)));
    assertEquals(List.of(second), fetch(bobSession, 0).stream().map(InboxEntry::sequence).toList());
    assertEquals(List.of(toAlice), fetch(aliceSession, 0).stream().map(InboxEntry::sequence).toList());
  }

  @Test
  void fetchPageSizeIsCappedByTheServer() {
    InMemoryServer capped = new InMemoryServer(new ServerSettings(java.time.Duration.ofHours(1), Optional.empty(),
        100, 2, 10, false, java.time.Duration.ofMinutes(1), 10));
    TestUser dave = capped.register("dave");
    IdentityKey key = dave.identityKey();
    capped.inboxes.enqueue(List.of(ServerTestData.anEnvelope(key, channel, "a"),
        ServerTestData.anEnvelope(key, channel, "b"), ServerTestData.anEnvelope(key, channel, "c")));
    var page = (FetchInboxResult.InboxPage) capped.fetchInbox.fetchInbox(
        new FetchInboxCommand(capped.session(dave), 0, 1000));
    assertEquals(2, page.entries().size());
    assertEquals(key, page.recipient()); // the caller's inbox: the transport re-arms the caller's push streams
  }

  @Test
  void aFailingNotifierNeverFailsTheEnqueue() {
    InboxDelivery delivery = new InboxDelivery(server.inboxes, (recipient, sequence) -> {
      throw new IllegalStateException("subscription gone");
    }, server.settings);
    List<Long> sequences = delivery.enqueue(List.of(ServerTestData.anEnvelope(bob.identityKey(), channel, "x")));
    assertEquals(List.of(aPayload("x")),
        fetch(bobSession, sequences.getFirst() - 1).stream().map(InboxEntry::payload).toList());
  }
}
