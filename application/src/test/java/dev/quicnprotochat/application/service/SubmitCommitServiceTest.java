package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.SubmitCommitCommand;
import dev.quicnprotochat.application.port.in.SubmitCommitResult;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.CommitAccepted;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.FutureEpoch;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.MembershipRefused;
import dev.quicnprotochat.application.port.in.SubmitCommitResult.StaleEpoch;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.channel.ChannelCredential;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.channel.MembershipViolation;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmitCommitServiceTest {

  private final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withInboxDepthLimit(1));
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final TestUser carol = server.register("carol");
  private final Optional<SessionToken> aliceSession = server.session(alice);
  private final Optional<SessionToken> bobSession = server.session(bob);
  private final Optional<SessionToken> carolSession = server.session(carol);
  private final ChannelId channel = ((ChannelCreated) server.createChannel.createChannel(
      new CreateChannelCommand(aliceSession, Optional.empty()))).channelId();

  private SubmitCommitResult commit(
      Optional<SessionToken> session, long epoch, MembershipChange change, Optional<String> welcome) {
    return commit(session, epoch, change, welcome, Optional.empty());
  }

  private SubmitCommitResult commit(Optional<SessionToken> session, long epoch, MembershipChange change,
      Optional<String> welcome, Optional<ChannelCredentialHash> next) {
    return server.submitCommit.submitCommit(new SubmitCommitCommand(session, channel, new Epoch(epoch), change,
        aPayload("commit@" + epoch), welcome.map(ServerTestData::aPayload), next));
  }

  private List<Bytes> payloads(TestUser user) {
    return server.inboxes.fetch(user.identityKey(), 0, 100).stream().map(InboxEntry::payload).toList();
  }

  @Test
  void acceptedCommitAdvancesTheEpochAddsMembersAndDeliversCommitAndWelcome() {
    assertEquals(new CommitAccepted(new Epoch(1)),
        commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome bob")));
    assertEquals(List.of(aPayload("welcome bob")), payloads(bob));
    assertEquals(new CommitAccepted(new Epoch(2)),
        commit(bobSession, 1, MembershipChange.adding(carol.identityKey()), Optional.of("welcome carol")));
    assertEquals(List.of(aPayload("commit@1")), payloads(alice));
    assertEquals(List.of(aPayload("welcome bob")), payloads(bob));
    assertEquals(List.of(aPayload("welcome carol")), payloads(carol));
    assertEquals(Set.of(alice.identityKey(), bob.identityKey(), carol.identityKey()),
        server.channels.find(channel).orElseThrow().members());
    assertEquals(3, server.notifier.notifications().size());
  }

  @Test
  void commitsBypassTheInboxDepthLimit() {
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome"));
    assertEquals(new CommitAccepted(new Epoch(2)), commit(aliceSession, 1, MembershipChange.NONE, Optional.empty()));
    assertEquals(2, server.inboxes.depth(bob.identityKey()));
  }

  @Test
  void aRemovedMemberGetsTheCommitThatRemovesItAndIsThenOut() {
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome"));
    assertEquals(new CommitAccepted(new Epoch(2)),
        commit(aliceSession, 1, MembershipChange.removing(bob.identityKey()), Optional.empty()));
    assertEquals(List.of(aPayload("welcome"), aPayload("commit@1")), payloads(bob));
    assertInstanceOf(NotAMember.class, commit(bobSession, 2, MembershipChange.NONE, Optional.empty()));
  }

  @Test
  void aCommitForAPastEpochIsStaleAndAFutureOneIsRefused() {
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome"));
    assertEquals(new StaleEpoch(new Epoch(1)), commit(bobSession, 0, MembershipChange.NONE, Optional.empty()));
    assertEquals(new FutureEpoch(new Epoch(1)), commit(bobSession, 7, MembershipChange.NONE, Optional.empty()));
    assertEquals(List.of(), payloads(alice));
  }

  @Test
  void onlyMembersCommitToKnownChannels() {
    assertInstanceOf(NotAMember.class, commit(carolSession, 0, MembershipChange.NONE, Optional.empty()));
    assertInstanceOf(UnknownChannel.class, server.submitCommit.submitCommit(new SubmitCommitCommand(aliceSession,
        ServerTestData.aGroupChannelId(), Epoch.ZERO, MembershipChange.NONE, aPayload("c"), Optional.empty(),
        Optional.empty())));
  }

  @Test
  void membershipRulesAreEnforced() {
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome"));
    assertEquals(new MembershipRefused(MembershipViolation.ADDED_ALREADY_MEMBER),
        commit(aliceSession, 1, MembershipChange.adding(bob.identityKey()), Optional.of("again")));
    assertEquals(new MembershipRefused(MembershipViolation.REMOVED_NOT_MEMBER),
        commit(aliceSession, 1, MembershipChange.removing(carol.identityKey()), Optional.empty()));
    assertEquals(new MembershipRefused(MembershipViolation.COMMITTER_REMOVES_ITSELF),
        commit(aliceSession, 1, MembershipChange.removing(alice.identityKey()), Optional.empty()));
    assertEquals(new Epoch(1), server.channels.find(channel).orElseThrow().epoch());
  }

  @Test
  void aWelcomeGoesWithAddsAndOnlyWithAdds() {
    assertInstanceOf(InvalidRequest.class,
        commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.empty()));
    assertInstanceOf(InvalidRequest.class, commit(aliceSession, 0, MembershipChange.NONE, Optional.of("to nobody")));
  }

  @Test
  void addedIdentitiesMustBeRegistered() {
    assertInstanceOf(UnknownUser.class,
        commit(aliceSession, 0, MembershipChange.adding(anIdentityKey()), Optional.of("welcome")));
    assertEquals(Epoch.ZERO, server.channels.find(channel).orElseThrow().epoch());
  }

  @Test
  void anAcceptedCommitRegistersTheNextEpochsCredential() {
    ChannelCredentialHash next = ChannelCredential.of(ServerTestData.randomBytes(32)).hash();
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("w"), Optional.of(next));
    assertEquals(Optional.of(next), server.credentials.find(channel, new Epoch(1)));
    ChannelCredentialHash loser = ChannelCredential.of(ServerTestData.randomBytes(32)).hash();
    commit(bobSession, 0, MembershipChange.NONE, Optional.empty(), Optional.of(loser));
    assertEquals(Optional.of(next), server.credentials.find(channel, new Epoch(1)));
  }

  @Test
  void concurrentCommitsForOneEpochAcceptExactlyOne() throws Exception {
    commit(aliceSession, 0, MembershipChange.adding(bob.identityKey()), Optional.of("welcome bob"));
    commit(aliceSession, 1, MembershipChange.adding(carol.identityKey()), Optional.of("welcome carol"));
    List<Optional<SessionToken>> committers = List.of(aliceSession, bobSession, carolSession);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      var futures = committers.stream()
          .map(session -> pool.submit(() -> {
            start.await();
            return commit(session, 2, MembershipChange.NONE, Optional.empty());
          }))
          .toList();
      start.countDown();
      List<SubmitCommitResult> results = new java.util.ArrayList<>();
      for (var future : futures) {
        results.add(future.get());
      }
      assertEquals(1, results.stream().filter(CommitAccepted.class::isInstance).count(), results.toString());
      assertEquals(2, results.stream().filter(new StaleEpoch(new Epoch(3))::equals).count(), results.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(new Epoch(3), server.channels.find(channel).orElseThrow().epoch());
  }
}
