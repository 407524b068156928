package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.domain.identity.IdentityKey;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerPushStreamTest {
  private static final IdentityKey BOB = ServerTestData.anIdentityKey();

  private final EmbeddedChannel channel = frozen(new EmbeddedChannel());
  private final ServerPushStream stream = new ServerPushStream(channel);

  // only advanceTimeBy moves the event loop's clock: a slow, loaded machine must not make retries come due early
  private static EmbeddedChannel frozen(EmbeddedChannel channel) {
    channel.freezeTime();
    return channel;
  }

  @Test
  void aWritableStreamGetsEveryEvent() {
    stream.push(1);
    stream.push(2);
    channel.runPendingTasks();
    assertEquals(1, nextSequence());
    assertEquals(2, nextSequence());
    assertNull(channel.readOutbound());
  }

  @Test
  void eventsUnderBackpressureAreCoalescedToTheLatestSequenceAndTheStreamStaysOpen() {
    setWritable(false);
    stream.push(3);
    stream.push(5);
    stream.push(4);
    channel.runPendingTasks();
    channel.advanceTimeBy(ServerPushStream.RETRY_MILLIS * 3, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertNull(channel.readOutbound());
    assertTrue(channel.isActive());

    setWritable(true);
    channel.advanceTimeBy(ServerPushStream.RETRY_MILLIS, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertEquals(5, nextSequence());
    assertNull(channel.readOutbound());
    assertTrue(channel.isActive());
  }

  @Test
  void aStreamBlockedBeyondTheStallLimitIsClosed() {
    setWritable(false);
    stream.push(7);
    channel.runPendingTasks();
    for (long waited = 0; waited < ServerPushStream.STALL_LIMIT_MILLIS - ServerPushStream.RETRY_MILLIS;
        waited += ServerPushStream.RETRY_MILLIS) {
      channel.advanceTimeBy(ServerPushStream.RETRY_MILLIS, TimeUnit.MILLISECONDS);
      channel.runScheduledPendingTasks();
    }
    assertTrue(channel.isActive());
    for (int i = 0; i < 3; i++) {
      channel.advanceTimeBy(ServerPushStream.RETRY_MILLIS, TimeUnit.MILLISECONDS);
      channel.runScheduledPendingTasks();
    }
    assertFalse(channel.isActive());
    assertNull(channel.readOutbound());
  }

  @Test
  void aStreamPacedByFetchesSendsOneEventUntilItsConnectionFetches() {
    ServerPushStream paced = new ServerPushStream(channel, BOB, true);
    paced.push(1);
    paced.push(2);
    paced.push(3);
    channel.runPendingTasks();
    assertEquals(1, nextSequence());
    assertNull(channel.readOutbound(), "no more events before a fetch");

    long before = paced.notifications();
    paced.fetched(before); // the fetch read 1..3: nothing landed since it began
    channel.runPendingTasks();
    assertNull(channel.readOutbound());

    paced.push(4); // re-armed: the next entry is announced at once
    channel.runPendingTasks();
    assertEquals(4, nextSequence());
    assertNull(channel.readOutbound());
  }

  @Test
  void anEntryAnnouncedWhileAFetchReadTheStoreIsAnnouncedRightAfterTheFetch() {
    ServerPushStream paced = new ServerPushStream(channel, BOB, true);
    paced.push(1);
    channel.runPendingTasks();
    assertEquals(1, nextSequence());

    long before = paced.notifications(); // the fetch handler's mark, taken before its store read
    paced.push(2); // lands during the read: the page may not hold it
    channel.runPendingTasks();
    assertNull(channel.readOutbound(), "still waiting for the fetch");
    paced.fetched(before);
    channel.runPendingTasks();
    assertEquals(2, nextSequence());

    paced.fetched(paced.notifications()); // the client's next fetch finds it; nothing new since
    channel.runPendingTasks();
    paced.push(3);
    channel.runPendingTasks();
    assertEquals(3, nextSequence());
  }

  @Test
  void onlyAPacedStreamOfTheFetchingIdentityIsReArmed() {
    ServerPushStream paced = new ServerPushStream(channel, BOB, true);
    assertTrue(paced.announces(BOB));
    assertFalse(paced.announces(ServerTestData.anIdentityKey()));
    assertFalse(stream.announces(BOB), "a stream with an event per entry never waits for a fetch");

    stream.push(1);
    stream.fetched(0);
    stream.push(2);
    channel.runPendingTasks();
    assertEquals(1, nextSequence());
    assertEquals(2, nextSequence());
  }

  private void setWritable(boolean writable) {
    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, writable);
  }

  private long nextSequence() {
    ByteBuf frame = channel.readOutbound();
    try {
      Qpc.PushEvent.Reader event = Frames.decode(frame, 1 << 16).getRoot(Qpc.PushEvent.factory);
      assertEquals(Qpc.PushEvent.Which.INBOX_SEQUENCE, event.which());
      return event.getInboxSequence();
    } finally {
      frame.release();
    }
  }
}
