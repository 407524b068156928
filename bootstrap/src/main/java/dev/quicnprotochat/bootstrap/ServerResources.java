package dev.quicnprotochat.bootstrap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What the server graph opened and must close at shutdown (stores, the PostgreSQL listener), closed in reverse
/// order of opening so nothing is closed under a user of it. Closing twice is harmless.
@Singleton
public final class ServerResources implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ServerResources.class);

  private final Deque<AutoCloseable> open = new ArrayDeque<>();

  @Inject
  public ServerResources() {
  }

  /// Registers `resource` for closing and returns it.
  public synchronized <T extends AutoCloseable> T register(T resource) {
    open.push(resource);
    return resource;
  }

  /// Closes everything registered; a failure is logged (one line) and the others are still closed.
  @Override
  public synchronized void close() {
    while (!open.isEmpty()) {
      AutoCloseable resource = open.pop();
      try {
        resource.close();
      } catch (Exception e) {
        logger.error("closing {} failed: {}", resource.getClass().getSimpleName(), e.getMessage());
      }
    }
  }
}
