package dev.quicnprotochat.adapter.persistence.sql;

import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Push across server nodes sharing PostgreSQL (DESIGN.md §6): [#notify] delivers to this node's subscribers at once
/// and publishes `NOTIFY qpc_inbox_<schema>`; every other node LISTENs on that channel and hands the event to its
/// own subscribers through `localDelivery` (the transport's subscription registry).
///
/// Best effort, as the port allows: notifications are sent from a bounded queue and dropped when it is full, and a
/// node whose listening connection breaks reconnects; a lost event only delays delivery until the client fetches.
public final class PostgresInboxNotifier implements InboxNotifier, AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(PostgresInboxNotifier.class);
  private static final int QUEUE = 10_000;
  private static final int POLL_MS = 250;

  private final String jdbcUrl;
  private final String channel;
  private final String nodeId = UUID.randomUUID().toString();
  private final BiConsumer<IdentityKey, Long> localDelivery;
  private final BlockingQueue<String> outgoing = new ArrayBlockingQueue<>(QUEUE);
  private final Thread sender;
  private final Thread listener;
  private volatile boolean closed;

  /// Starts listening; `schema` names the channel so deployments sharing one database do not hear each other.
  public PostgresInboxNotifier(String jdbcUrl, String schema, BiConsumer<IdentityKey, Long> localDelivery) {
    if (!Database.SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema name must match " + Database.SCHEMA_NAME.pattern());
    }
    this.jdbcUrl = jdbcUrl;
    this.channel = "qpc_inbox_" + schema;
    this.localDelivery = localDelivery;
    this.sender = Thread.ofPlatform().name("qpc-notify-send").daemon(true).start(this::sendLoop);
    this.listener = Thread.ofPlatform().name("qpc-notify-listen").daemon(true).start(this::listenLoop);
  }

  @Override
  public void notify(IdentityKey recipient, long sequence) {
    deliver(recipient, sequence);
    if (!outgoing.offer(nodeId + ":" + recipient.value().toHex() + ":" + sequence)) {
      logger.debug("Notification queue full; dropping an inbox event");
    }
  }

  private void deliver(IdentityKey recipient, long sequence) {
    try {
      localDelivery.accept(recipient, sequence);
    } catch (RuntimeException e) {
      logger.warn("Inbox event delivery failed: {}", e.toString());
    }
  }

  private void sendLoop() {
    while (!closed) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl);
          var statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
        while (!closed) {
          String payload = outgoing.poll(POLL_MS, TimeUnit.MILLISECONDS);
          if (payload != null) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
          }
        }
      } catch (SQLException e) {
        pauseAfter("sending", e);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void listenLoop() {
    while (!closed) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl);
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + channel);
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] events = pg.getNotifications(POLL_MS);
          if (events != null) {
            for (PGNotification event : events) {
              receive(event.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        pauseAfter("listening", e);
      }
    }
  }

  private void receive(String payload) {
    String[] parts = payload.split(":");
    if (parts.length != 3) {
      logger.debug("Ignoring a malformed inbox event");
      return;
    }
    if (parts[0].equals(nodeId)) {
      return;
    }
    try {
      deliver(new IdentityKey(Bytes.wrap(HexFormat.of().parseHex(parts[1]))), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      logger.debug("Ignoring a malformed inbox event");
    }
  }

  private void pauseAfter(String what, SQLException e) {
    if (closed) {
      return;
    }
    logger.warn("Inbox notifications: {} failed, reconnecting: {}", what, e.getMessage());
    try {
      Thread.sleep(1000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    sender.interrupt();
    try {
      sender.join(2000);
      listener.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
