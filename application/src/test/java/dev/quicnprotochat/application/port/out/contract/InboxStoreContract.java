package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aGroupChannelId;
import static dev.quicnprotochat.application.testing.ServerTestData.aPayload;
import static dev.quicnprotochat.application.testing.ServerTestData.anEnvelope;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [InboxStore] adapter must do; extend it and implement [#store].
@Timeout(60)
public abstract class InboxStoreContract {

  protected abstract InboxStore store();

  private final IdentityKey bob = anIdentityKey();
  private final ChannelId channel = aGroupChannelId();

  @Test
  void enqueuedEntriesComeBackInOrderWithTheirContents() {
    IdentityKey alice = anIdentityKey();
    Envelope signed = new Envelope(bob, channel, aPayload("one"), Optional.of(alice));
    Envelope sealed = new Envelope(bob, channel, aPayload("two"), Optional.empty());
    List<Long> sequences = store().enqueue(List.of(signed, sealed));
    assertEquals(2, sequences.size());
    assertTrue(sequences.get(0) >= 1 && sequences.get(0) < sequences.get(1));
    assertEquals(
        List.of(signed.toEntry(sequences.get(0)), sealed.toEntry(sequences.get(1))),
        store().fetch(bob, 0, 10));
  }

  @Test
  void sequencesGrowAcrossEnqueues() {
    long first = store().enqueue(List.of(anEnvelope(bob, channel, "a"))).getFirst();
    long second = store().enqueue(List.of(anEnvelope(bob, channel, "b"))).getFirst();
    assertTrue(second > first);
  }

  @Test
  void fetchStartsAfterTheCursorAndHonoursTheLimit() {
    List<Long> seqs = store().enqueue(List.of(
        anEnvelope(bob, channel, "a"), anEnvelope(bob, channel, "b"), anEnvelope(bob, channel, "c")));
    assertEquals(List.of(seqs.get(1), seqs.get(2)), sequences(store().fetch(bob, seqs.get(0), 10)));
    assertEquals(List.of(seqs.get(0)), sequences(store().fetch(bob, 0, 1)));
    assertEquals(List.of(), store().fetch(bob, seqs.get(2), 10));
  }

  @Test
  void fetchDoesNotRemoveAndAckDeletesUpToTheSequence() {
    List<Long> seqs = store().enqueue(List.of(
        anEnvelope(bob, channel, "a"), anEnvelope(bob, channel, "b"), anEnvelope(bob, channel, "c")));
    store().fetch(bob, 0, 10);
    assertEquals(3, store().depth(bob));
    assertEquals(2, store().ack(bob, seqs.get(1)));
    assertEquals(List.of(seqs.get(2)), sequences(store().fetch(bob, 0, 10)));
    assertEquals(1, store().depth(bob));
    assertEquals(0, store().ack(bob, seqs.get(1)));
  }

  @Test
  void sequencesAreNotReusedAfterAck() {
    long first = store().enqueue(List.of(anEnvelope(bob, channel, "a"))).getFirst();
    store().ack(bob, first);
    long next = store().enqueue(List.of(anEnvelope(bob, channel, "b"))).getFirst();
    assertTrue(next > first);
    assertEquals(List.of(next), sequences(store().fetch(bob, 0, 10)));
  }

  @Test
  void inboxesAreSeparate() {
    IdentityKey carol = anIdentityKey();
    store().enqueue(List.of(anEnvelope(bob, channel, "for bob"), anEnvelope(carol, channel, "for carol")));
    assertEquals(List.of(aPayload("for bob")), store().fetch(bob, 0, 10).stream().map(InboxEntry::payload).toList());
    assertEquals(1, store().depth(carol));
    store().ack(carol, Long.MAX_VALUE);
    assertEquals(0, store().depth(carol));
    assertEquals(1, store().depth(bob));
  }

  @Test
  void unknownInboxIsEmpty() {
    IdentityKey nobody = anIdentityKey();
    assertEquals(List.of(), store().fetch(nobody, 0, 10));
    assertEquals(0, store().depth(nobody));
    assertEquals(0, store().ack(nobody, 100));
  }

  @Test
  void concurrentEnqueuesKeepEveryEntryWithDistinctIncreasingSequences() throws Exception {
    int threads = 6;
    int perThread = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<Long>>> writers = IntStream.range(0, threads)
          .<Callable<List<Long>>>mapToObj(t -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              mine.add(store().enqueue(List.of(anEnvelope(bob, channel, t + ":" + i))).getFirst());
            }
            return mine;
          })
          .toList();
      for (var future : pool.invokeAll(writers)) {
        List<Long> mine = ContractSupport.join(future);
        for (int i = 1; i < mine.size(); i++) {
          assertTrue(mine.get(i) > mine.get(i - 1), "one writer's entries keep their order");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<InboxEntry> all = store().fetch(bob, 0, threads * perThread + 10);
    assertEquals(threads * perThread, all.size());
    List<Long> seqs = sequences(all);
    for (int i = 1; i < seqs.size(); i++) {
      assertTrue(seqs.get(i) > seqs.get(i - 1), "fetch returns entries in sequence order");
    }
  }

  private static List<Long> sequences(List<InboxEntry> entries) {
    return entries.stream().map(InboxEntry::sequence).toList();
  }
}
