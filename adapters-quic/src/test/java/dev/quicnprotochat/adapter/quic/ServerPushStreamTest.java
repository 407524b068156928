package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerPushStreamTest {

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
