package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aGroupChannelId;
import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anEnvelope;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.ChannelStore.Commit;
import dev.quicnprotochat.application.port.out.ChannelStore.CommitOutcome;
import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [ChannelStore] adapter must do, together with the [InboxStore] it shares a transaction with; extend
/// it and implement both accessors over the same storage.
@Timeout(60)
public abstract class ChannelStoreContract {

  protected abstract ChannelStore channelStore();

  /// The inbox store over the same storage as [#channelStore], to see what commits enqueued.
  protected abstract InboxStore inboxStore();

  private final IdentityKey alice = anIdentityKey();
  private final IdentityKey bob = anIdentityKey();
  private final IdentityKey carol = anIdentityKey();

  private Channel aliceAndBob() {
    Channel channel = Channel.newGroup(aGroupChannelId(), alice).afterCommit(MembershipChange.adding(bob));
    assertTrue(channelStore().create(channel));
    return channel;
  }

  @Test
  void createdChannelIsFoundWithItsMembersAndEpoch() {
    Channel channel = Channel.newGroup(aGroupChannelId(), alice);
    assertTrue(channelStore().create(channel));
    assertEquals(Optional.of(channel), channelStore().find(channel.id()));
    Channel direct = Channel.newDirect(alice, bob);
    assertTrue(channelStore().create(direct));
    assertEquals(Optional.of(direct), channelStore().find(direct.id()));
  }

  @Test
  void creatingAnExistingIdChangesNothing() {
    Channel channel = Channel.newGroup(aGroupChannelId(), alice);
    channelStore().create(channel);
    assertFalse(channelStore().create(Channel.newGroup(channel.id(), bob)));
    assertEquals(Optional.of(channel), channelStore().find(channel.id()));
  }

  @Test
  void unknownChannelIsNotFoundAndTakesNoCommit() {
    ChannelId unknown = aGroupChannelId();
    assertEquals(Optional.empty(), channelStore().find(unknown));
    assertInstanceOf(CommitOutcome.UnknownChannel.class,
        channelStore().commit(new Commit(unknown, Epoch.ZERO, MembershipChange.NONE, List.of(), List.of())));
  }

  @Test
  void acceptedCommitAppliesMembersAdvancesEpochAndEnqueuesFanOutAndWelcome() {
    Channel channel = aliceAndBob();
    Commit commit = new Commit(channel.id(), channel.epoch(), MembershipChange.adding(carol),
        List.of(anEnvelope(bob, channel.id(), "commit")), List.of(anEnvelope(carol, channel.id(), "welcome")));
    var accepted = assertInstanceOf(CommitOutcome.Accepted.class, channelStore().commit(commit));
    assertEquals(channel.epoch().next(), accepted.newEpoch());
    Channel stored = channelStore().find(channel.id()).orElseThrow();
    assertEquals(Set.of(alice, bob, carol), stored.members());
    assertEquals(channel.epoch().next(), stored.epoch());
    assertEquals(List.of(new InboxEntry(accepted.fanOutSequences().getFirst(), channel.id(), aPayload("commit"),
        Optional.empty())), inboxStore().fetch(bob, 0, 10));
    assertEquals(List.of(new InboxEntry(accepted.welcomeSequences().getFirst(), channel.id(), aPayload("welcome"),
        Optional.empty())), inboxStore().fetch(carol, 0, 10));
  }

  @Test
  void removalTakesTheMemberOut() {
    Channel channel = aliceAndBob();
    channelStore().commit(new Commit(channel.id(), channel.epoch(), MembershipChange.removing(bob),
        List.of(anEnvelope(bob, channel.id(), "you are out")), List.of()));
    Channel stored = channelStore().find(channel.id()).orElseThrow();
    assertEquals(Set.of(alice), stored.members());
    assertEquals(1, inboxStore().depth(bob));
  }

  @Test
  void commitForAPastEpochIsStaleAndWritesNothing() {
    Channel channel = aliceAndBob();
    channelStore().commit(new Commit(channel.id(), channel.epoch(), MembershipChange.NONE, List.of(), List.of()));
    Commit late = new Commit(channel.id(), channel.epoch(), MembershipChange.adding(carol),
        List.of(anEnvelope(bob, channel.id(), "late")), List.of(anEnvelope(carol, channel.id(), "late welcome")));
    var stale = assertInstanceOf(CommitOutcome.StaleEpoch.class, channelStore().commit(late));
    assertEquals(channel.epoch().next(), stale.currentEpoch());
    assertEquals(0, inboxStore().depth(bob));
    assertEquals(0, inboxStore().depth(carol));
    assertEquals(Set.of(alice, bob), channelStore().find(channel.id()).orElseThrow().members());
  }

  @Test
  void commitForAFutureEpochIsRefused() {
    Channel channel = aliceAndBob();
    var refused = assertInstanceOf(CommitOutcome.StaleEpoch.class, channelStore().commit(
        new Commit(channel.id(), new Epoch(5), MembershipChange.NONE, List.of(), List.of())));
    assertEquals(channel.epoch(), refused.currentEpoch());
  }

  @Test
  void concurrentCommitsForOneEpochAcceptExactlyOneAndNoInboxHoldsTwo() throws Exception {
    Channel channel = aliceAndBob();
    int rounds = 10;
    int contenders = 4;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      for (int round = 0; round < rounds; round++) {
        Epoch epoch = new Epoch(channel.epoch().value() + round);
        CountDownLatch start = new CountDownLatch(1);
        int r = round;
        List<Callable<CommitOutcome>> commits = IntStream.range(0, contenders)
            .<Callable<CommitOutcome>>mapToObj(c -> () -> {
              start.await();
              return channelStore().commit(new Commit(channel.id(), epoch, MembershipChange.NONE,
                  List.of(anEnvelope(bob, channel.id(), r + ":" + c)), List.of()));
            })
            .toList();
        var futures = commits.stream().map(pool::submit).toList();
        start.countDown();
        List<CommitOutcome> outcomes = futures.stream().map(ContractSupport::join).toList();
        assertEquals(1, outcomes.stream().filter(CommitOutcome.Accepted.class::isInstance).count(),
            "round " + round + ": " + outcomes);
        outcomes.stream().filter(o -> !(o instanceof CommitOutcome.Accepted))
            .forEach(o -> assertEquals(new CommitOutcome.StaleEpoch(epoch.next()), o));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(new Epoch(channel.epoch().value() + rounds), channelStore().find(channel.id()).orElseThrow().epoch());
    List<Bytes> payloads = inboxStore().fetch(bob, 0, 1000).stream().map(InboxEntry::payload).toList();
    assertEquals(rounds, payloads.size(), "bob holds exactly one fan-out per epoch");
    for (int round = 0; round < rounds; round++) {
      String prefix = round + ":";
      assertEquals(1, payloads.stream().filter(p -> new String(p.toByteArray()).startsWith(prefix)).count());
    }
  }
}
