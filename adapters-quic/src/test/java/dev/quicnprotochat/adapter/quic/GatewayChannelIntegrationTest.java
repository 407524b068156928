package dev.quicnprotochat.adapter.quic;

import static dev.quicnprotochat.adapter.quic.GatewayAuthIntegrationTest.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.application.testing.TestIdentity;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Channels, commits, the inbox and sealed sender through [QuicServerGateway] against the full server on loopback.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GatewayChannelIntegrationTest {
  @TempDir
  static Path stateDir;
  private static GatewayTestBed bed;

  @BeforeAll
  static void start() {
    bed = new GatewayTestBed(stateDir);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  /// Alice's group channel with Bob added at epoch 0 → 1.
  private record Group(GatewayTestBed.LoggedIn alice, GatewayTestBed.LoggedIn bob, ChannelId channel) {}

  private static Group aliceAndBob() {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    var created = alice.gateway().createChannel(Optional.empty());
    assertTrue(created.created());
    assertEquals(Epoch.ZERO, created.epoch());
    Epoch next = alice.gateway().submitCommit(created.channelId(), Epoch.ZERO,
        MembershipChange.adding(bob.identityKey()), payload("commit 0"), Optional.of(payload("welcome")),
        Optional.empty());
    assertEquals(new Epoch(1), next);
    return new Group(alice, bob, created.channelId());
  }

  @Test
  void messagesReachTheInboxAndAreAcked() {
    Group group = aliceAndBob();
    List<InboxEntry> welcome = group.bob().gateway().fetchInbox(0, 10);
    assertEquals(1, welcome.size(), "bob's inbox holds his Welcome");
    assertEquals(payload("welcome"), welcome.getFirst().payload());

    long sequence = group.alice().gateway().enqueueMessage(group.bob().identityKey(), group.channel(),
        payload("hello bob"));
    assertEquals(1, group.alice().gateway().sendToChannel(group.channel(), payload("hello channel")));

    List<InboxEntry> entries = group.bob().gateway().fetchInbox(welcome.getFirst().sequence(), 10);
    assertEquals(2, entries.size());
    assertEquals(sequence, entries.getFirst().sequence());
    assertEquals(payload("hello bob"), entries.getFirst().payload());
    assertEquals(Optional.of(group.alice().identityKey()), entries.getFirst().sender());
    assertEquals(group.channel(), entries.get(1).channelId());
    assertEquals(payload("hello channel"), entries.get(1).payload());

    assertEquals(3, group.bob().gateway().ackInbox(entries.get(1).sequence()));
    assertTrue(group.bob().gateway().fetchInbox(0, 10).isEmpty());
  }

  @Test
  void pipelinedCallsAnswerAsTheBlockingOnesDo() throws Exception {
    Group group = aliceAndBob();
    assertEquals(1, group.alice().gateway().sendToChannelAsync(group.channel(), payload("pipelined"))
        .get(10, TimeUnit.SECONDS));
    List<InboxEntry> entries = group.bob().gateway().fetchInboxAsync(0, 10).get(10, TimeUnit.SECONDS);
    assertEquals(List.of(payload("welcome"), payload("pipelined")),
        entries.stream().map(InboxEntry::payload).toList());
    assertEquals(2, group.bob().gateway().ackInboxAsync(entries.getLast().sequence()).get(10, TimeUnit.SECONDS));
    assertTrue(group.bob().gateway().fetchInbox(0, 10).isEmpty());

    // a refusal fails the future with the exception the blocking call throws
    var carol = bed.register("carol");
    ExecutionException refused = assertThrows(ExecutionException.class,
        () -> carol.gateway().sendToChannelAsync(group.channel(), payload("hi")).get(10, TimeUnit.SECONDS));
    ServerCallException cause = assertInstanceOf(ServerCallException.class, refused.getCause());
    assertEquals(ServerErrorCode.NOT_A_MEMBER, cause.code());
  }

  @Test
  void describeShowsMembersKindAndEpoch() {
    Group group = aliceAndBob();
    var channel = group.bob().gateway().describeChannel(group.channel());
    assertEquals(group.channel(), channel.id());
    assertEquals(ChannelKind.GROUP, channel.kind());
    assertEquals(Set.of(group.alice().identityKey(), group.bob().identityKey()), channel.members());
    assertEquals(new Epoch(1), channel.epoch());
  }

  @Test
  void commitsOutsideTheCurrentEpochCarryIt() {
    Group group = aliceAndBob();
    var addNobody = MembershipChange.NONE;
    ServerCallException stale = expect(ServerErrorCode.STALE_EPOCH, () -> group.alice().gateway()
        .submitCommit(group.channel(), Epoch.ZERO, addNobody, payload("late"), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of(new Epoch(1)), stale.currentEpoch());
    ServerCallException future = expect(ServerErrorCode.FUTURE_EPOCH, () -> group.alice().gateway()
        .submitCommit(group.channel(), new Epoch(7), addNobody, payload("early"), Optional.empty(), Optional.empty()));
    assertEquals(Optional.of(new Epoch(1)), future.currentEpoch());
    expect(ServerErrorCode.MEMBERSHIP_REFUSED, () -> group.alice().gateway().submitCommit(group.channel(),
        new Epoch(1), MembershipChange.adding(group.bob().identityKey()), payload("again"),
        Optional.of(payload("welcome")), Optional.empty()));
    expect(ServerErrorCode.INVALID_REQUEST, () -> group.alice().gateway().submitCommit(group.channel(),
        new Epoch(1), MembershipChange.adding(bed.register("carol").identityKey()), payload("no welcome"),
        Optional.empty(), Optional.empty()));
  }

  @Test
  void nonMembersAndUnknownChannelsAreRefused() {
    Group group = aliceAndBob();
    var carol = bed.register("carol");
    expect(ServerErrorCode.NOT_A_MEMBER, () -> carol.gateway().sendToChannel(group.channel(), payload("hi")));
    expect(ServerErrorCode.NOT_A_MEMBER, () -> carol.gateway().describeChannel(group.channel()));
    expect(ServerErrorCode.NOT_A_MEMBER,
        () -> carol.gateway().enqueueMessage(group.bob().identityKey(), group.channel(), payload("hi")));
    expect(ServerErrorCode.RECIPIENT_NOT_A_MEMBER,
        () -> group.alice().gateway().enqueueMessage(carol.identityKey(), group.channel(), payload("hi")));
    ChannelId unknown = ServerTestData.aGroupChannelId();
    expect(ServerErrorCode.UNKNOWN_CHANNEL, () -> carol.gateway().sendToChannel(unknown, payload("hi")));
    expect(ServerErrorCode.UNKNOWN_USER, () -> group.alice().gateway()
        .enqueueMessage(TestIdentity.generate().identityKey(), group.channel(), payload("hi")));
  }

  @Test
  void fullInboxRefusesTheWholeMessage() {
    Group group = aliceAndBob(); // bob's Welcome is entry 1 of INBOX_DEPTH
    for (int i = 1; i < GatewayTestBed.INBOX_DEPTH; i++) {
      group.alice().gateway().sendToChannel(group.channel(), payload("filler " + i));
    }
    ServerCallException full = expect(ServerErrorCode.INBOX_FULL,
        () -> group.alice().gateway().sendToChannel(group.channel(), payload("one too many")));
    assertTrue(full.getMessage().contains("full"), full.getMessage());
    expect(ServerErrorCode.INBOX_FULL, () -> group.alice().gateway()
        .enqueueMessage(group.bob().identityKey(), group.channel(), payload("one too many")));
    assertEquals(GatewayTestBed.INBOX_DEPTH, group.bob().gateway().fetchInbox(0, 100).size());
  }

  @Test
  void directChannelIsSharedByBothSides() {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    var opened = alice.gateway().openDirectChannel(bob.identityKey(), Optional.empty());
    assertTrue(opened.created());
    assertEquals(ChannelId.direct(alice.identityKey(), bob.identityKey()), opened.channelId());
    var again = bob.gateway().openDirectChannel(alice.identityKey(), Optional.empty());
    assertFalse(again.created());
    assertEquals(opened.channelId(), again.channelId());
    expect(ServerErrorCode.INVALID_REQUEST, () -> alice.gateway().openDirectChannel(alice.identityKey(),
        Optional.empty()));
    expect(ServerErrorCode.UNKNOWN_USER, () -> alice.gateway().openDirectChannel(
        TestIdentity.generate().identityKey(), Optional.empty()));
  }

  @Test
  void sealedSendNeedsTheCurrentCredentialAndNoSession() {
    var alice = bed.register("alice");
    byte[] credential = ServerTestData.randomBytes(32);
    var channel = alice.gateway().createChannel(Optional.of(ChannelCredential.of(credential).hash()));
    QuicServerGateway anonymous = bed.gateway();
    assertEquals(1, anonymous.sendSealedMessage(channel.channelId(), credential, payload("sealed")));
    InboxEntry entry = alice.gateway().fetchInbox(0, 10).getFirst();
    assertEquals(payload("sealed"), entry.payload());
    assertTrue(entry.sender().isEmpty(), "sealed sender stores no sender");
    expect(ServerErrorCode.CREDENTIAL_REFUSED, () -> anonymous.sendSealedMessage(channel.channelId(),
        ServerTestData.randomBytes(32), payload("forged")));
  }

  private static Bytes payload(String text) {
    return ServerTestData.aPayload(text);
  }
}
