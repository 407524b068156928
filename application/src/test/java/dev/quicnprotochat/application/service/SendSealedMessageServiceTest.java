package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.SendSealedMessageCommand;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult.CredentialRefused;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.CommitAccepted;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendSealedMessageServiceTest {

  private final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withSealedSender(true));
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final Optional<SessionToken> aliceSession = server.session(alice);
  private final ChannelCredential epoch0 = ChannelCredential.of(randomBytes(32));
  private final ChannelCredential epoch1 = ChannelCredential.of(randomBytes(32));
  private final ChannelId channel = ((ChannelCreated) server.createChannel.createChannel(
      new CreateChannelCommand(aliceSession, Optional.of(epoch0.hash())))).channelId();

  private SendSealedMessageResult sendSealed(ChannelId to, ChannelCredential credential, String text) {
    return server.sendSealedMessage.sendSealedMessage(new SendSealedMessageCommand(to, credential, aPayload(text)));
  }

  private void addBob(Optional<ChannelCredential> nextCredential) {
    assertInstanceOf(CommitAccepted.class, server.submitCommit.submitCommit(new SubmitCommitCommand(aliceSession,
        channel, server.channels.find(channel).orElseThrow().epoch(), MembershipChange.adding(bob.identityKey()),
        aPayload("commit"), Optional.of(aPayload("welcome")), nextCredential.map(ChannelCredential::hash))));
  }

  @Test
  void theCurrentEpochsCredentialDeliversToEveryMemberWithNoSender() {
    addBob(Optional.of(epoch1));
    assertEquals(new Delivered(2), sendSealed(channel, epoch1, "who am i"));
    for (TestUser member : List.of(alice, bob)) {
      List<InboxEntry> entries = server.inboxes.fetch(member.identityKey(), 0, 10);
      InboxEntry last = entries.getLast();
      assertEquals(aPayload("who am i"), last.payload());
      assertTrue(last.sender().isEmpty(), "the server keeps no sender");
    }
  }

  @Test
  void aPastEpochsCredentialStopsWorkingAtTheNextCommit() {
    assertEquals(new Delivered(1), sendSealed(channel, epoch0, "only alice yet"));
    addBob(Optional.of(epoch1));
    assertInstanceOf(CredentialRefused.class, sendSealed(channel, epoch0, "stale"));
  }

  @Test
  void aRemovedMembersCredentialIsRefused() {
    addBob(Optional.of(epoch1));
    ChannelCredential epoch2 = ChannelCredential.of(randomBytes(32));
    server.submitCommit.submitCommit(new SubmitCommitCommand(aliceSession, channel, new Epoch(1),
        MembershipChange.removing(bob.identityKey()), aPayload("bye"), Optional.empty(),
        Optional.of(epoch2.hash())));
    // Bob knows epoch 1's credential, not epoch 2's.
    assertInstanceOf(CredentialRefused.class, sendSealed(channel, epoch1, "still here?"));
    assertEquals(new Delivered(1), sendSealed(channel, epoch2, "alice only"));
  }

  @Test
  void aNonMembersGuessIsRefused() {
    assertInstanceOf(CredentialRefused.class, sendSealed(channel, ChannelCredential.of(randomBytes(32)), "guess"));
    assertEquals(0, server.inboxes.depth(alice.identityKey()));
  }

  @Test
  void anEpochWithoutARegisteredCredentialRefusesEverything() {
    addBob(Optional.empty());
    assertInstanceOf(CredentialRefused.class, sendSealed(channel, epoch0, "x"));
    assertInstanceOf(CredentialRefused.class, sendSealed(channel, epoch1, "x"));
  }

  @Test
  void anUnknownChannelLooksLikeAWrongCredential() {
    assertInstanceOf(CredentialRefused.class, sendSealed(ServerTestData.aGroupChannelId(), epoch0, "x"));
  }

  @Test
  void disabledUnlessTheServerAllowsIt() {
    InMemoryServer closed = new InMemoryServer();
    assertInstanceOf(SendSealedMessageResult.SealedSenderDisabled.class, closed.sendSealedMessage.sendSealedMessage(
        new SendSealedMessageCommand(channel, epoch0, aPayload("x"))));
  }
}
