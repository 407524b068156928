package dev.quicnprotochat.adapter.persistence.sql;

import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// Two nodes' notifiers on one database: an event raised on one reaches the other's subscribers through
/// LISTEN/NOTIFY, and each node's own subscribers hear it exactly once.
@Timeout(60)
class PostgresInboxNotifierIntegrationTest {

  private record Event(IdentityKey recipient, long sequence) {}

  @Test
  void eventOnOneNodeReachesTheOtherNodeAndItselfOnce() throws Exception {
    String schema = TestPostgres.uniqueSchema();
    BlockingQueue<Event> onA = new LinkedBlockingQueue<>();
    BlockingQueue<Event> onB = new LinkedBlockingQueue<>();
    BlockingQueue<Event> otherDeployment = new LinkedBlockingQueue<>();
    try (var a = new PostgresInboxNotifier(TestPostgres.URL, schema, (r, s) -> onA.add(new Event(r, s)));
        var b = new PostgresInboxNotifier(TestPostgres.URL, schema, (r, s) -> onB.add(new Event(r, s)));
        var other = new PostgresInboxNotifier(TestPostgres.URL, schema + "_other",
            (r, s) -> otherDeployment.add(new Event(r, s)))) {
      IdentityKey bob = anIdentityKey();
      // the listeners need a moment to issue LISTEN; keep raising until B hears one
      Event heard = null;
      long sent = 0;
      while (heard == null && sent < 100) {
        a.notify(bob, ++sent);
        heard = onB.poll(200, TimeUnit.MILLISECONDS);
      }
      assertEquals(bob, heard.recipient());
      long last = ++sent;
      a.notify(bob, last);
      assertEquals(new Event(bob, last), pollUntil(onB, last));
      // A delivered each of its own events locally, once, and not again from the database
      Thread.sleep(500);
      assertEquals(sent, onA.size());
      assertNull(otherDeployment.poll(200, TimeUnit.MILLISECONDS));
    }
  }

  private static Event pollUntil(BlockingQueue<Event> queue, long sequence) throws InterruptedException {
    while (true) {
      Event event = queue.poll(5, TimeUnit.SECONDS);
      if (event == null || event.sequence() == sequence) {
        return event;
      }
    }
  }
}
