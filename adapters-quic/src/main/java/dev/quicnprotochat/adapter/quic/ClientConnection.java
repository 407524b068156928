package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The gateway's connection to its server, opened again on demand: once the QUIC connection has closed (the
/// server restarted or stopped, the idle timeout passed, the network changed), the next call connects anew with
/// the same settings and trust. Subscriptions of the lost connection end with it (their listeners hear
/// `subscriptionEnded` once); nothing is retried here, so a call that failed with the connection has an unknown
/// outcome, as the port says.
final class ClientConnection implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ClientConnection.class);

  private final ClientSettings settings;
  private final Function<ClientSettings, QpcClient> connector;
  private QpcClient current;
  private boolean closed;

  private ClientConnection(ClientSettings settings, Function<ClientSettings, QpcClient> connector,
                           QpcClient first) {
    this.settings = settings;
    this.connector = connector;
    this.current = first;
  }

  /// Connects now; throws [TransportException] with a one-line reason when the first connection fails.
  static ClientConnection open(ClientSettings settings, Function<ClientSettings, QpcClient> connector) {
    Objects.requireNonNull(settings, "settings");
    return new ClientConnection(settings, connector, connector.apply(settings));
  }

  /// Connects on the first call to [#client()], as it reconnects after a loss: a client that only reads local
  /// state never touches the network.
  static ClientConnection deferred(ClientSettings settings, Function<ClientSettings, QpcClient> connector) {
    Objects.requireNonNull(settings, "settings");
    return new ClientConnection(settings, connector, null);
  }

  /// An open client: the current one, or a new one if the current one has closed. Callers waiting here while
  /// one of them connects share its connection.
  ///
  /// @throws ServerUnreachableException when connecting fails (one line) or the gateway was closed
  QpcClient client() {
    QpcClient lost;
    QpcClient fresh;
    synchronized (this) {
      if (closed) {
        throw new ServerUnreachableException("the connection to " + settings.server() + " was closed");
      }
      if (current != null && current.isOpen()) {
        return current;
      }
      lost = current;
      current = null;
      try {
        fresh = connector.apply(settings);
      } catch (TransportException e) {
        logger.info("connecting to {} failed: {}", settings.server(), e.getMessage());
        throw new ServerUnreachableException(e.getMessage());
      } finally {
        if (lost != null) {
          lost.close(); // its event loop and socket; the connection itself is gone already
        }
      }
      current = fresh;
    }
    logger.info("{} {}", lost == null ? "connected to" : "reconnected to", settings.server());
    return fresh;
  }

  @Override
  public void close() {
    QpcClient last;
    synchronized (this) {
      closed = true;
      last = current;
      current = null;
    }
    if (last != null) {
      last.close();
    }
  }
}
