package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.out.client.GroupEngineException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Drains the inbox: fetches after the cursor, hands each entry to [InboxEntryHandler] (which makes its effect
/// durable) and only then acknowledges (DESIGN.md §4: at-least-once; a redelivered entry is dropped by MLS's
/// generation and epoch checks). Shared by [ProcessInboxService] and [CommitRunner], which drains before retrying a
/// commit refused with STALE_EPOCH. One drain at a time.
@Singleton
public final class InboxProcessor {

  private static final Logger logger = LoggerFactory.getLogger(InboxProcessor.class);

  private final ServerGateway server;
  private final InboxEntryHandler handler;
  private long cursor;

  @Inject
  public InboxProcessor(ServerGateway server, InboxEntryHandler handler) {
    this.server = server;
    this.handler = handler;
  }

  /// What one drain did.
  public record Drained(List<InboxEvent> events, long acknowledgedUpTo) {
    public Drained {
      events = List.copyOf(events);
    }
  }

  /// Processes every entry in the inbox, `limit` per fetch. Server failures propagate
  /// ([dev.quicnprotochat.application.port.out.client.ServerCallException],
  /// [dev.quicnprotochat.application.port.out.client.ServerUnreachableException]); entries processed before one
  /// are acknowledged first when the server still answers.
  public synchronized Drained drain(IdentityKeyPair identity, int limit) {
    List<InboxEvent> events = new ArrayList<>();
    long acknowledged = 0;
    long done = cursor;
    try {
      while (true) {
        List<InboxEntry> entries = server.fetchInbox(cursor, limit);
        for (InboxEntry entry : entries) {
          events.add(handle(identity, entry));
          done = entry.sequence();
        }
        if (done > cursor) {
          server.ackInbox(done);
          acknowledged = done;
          cursor = done;
        }
        if (entries.size() < limit) {
          return new Drained(events, acknowledged);
        }
      }
    } catch (RuntimeException e) {
      acknowledgeAfterFailure(done, e);
      throw e;
    }
  }

  private InboxEvent handle(IdentityKeyPair identity, InboxEntry entry) {
    try {
      return handler.handle(identity, entry);
    } catch (GroupEngineException | IllegalArgumentException e) {
      // a peer's bad input must never stop the inbox: report it and move on
      logger.warn("skipped inbox entry {} on channel {}: {}", entry.sequence(), entry.channelId().digest(),
          e.getMessage());
      return new InboxEvent.Skipped(entry.sequence(), entry.channelId(), e.getMessage());
    }
  }

  /// The effects of entries up to `done` are durable: acknowledge them so they are not processed twice, but keep
  /// the original failure as the one reported.
  private void acknowledgeAfterFailure(long done, RuntimeException failure) {
    if (done <= cursor) {
      return;
    }
    try {
      server.ackInbox(done);
      cursor = done;
    } catch (RuntimeException ackFailure) {
      failure.addSuppressed(ackFailure);
    }
  }
}
