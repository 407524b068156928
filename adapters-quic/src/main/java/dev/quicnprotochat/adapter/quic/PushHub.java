package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.InboxNotifier;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The push subscriptions open on this node, by identity: the [InboxNotifier] the delivery service calls after an
/// entry is durable. [#notify] hands an event to every open subscription stream of the recipient and returns at
/// once (the write happens on the stream's event loop); it never throws into the caller, because a lost event only
/// delays delivery until the client's next fetch (DESIGN.md §2). With several nodes, each node's hub receives the
/// cross-node notifications (PostgreSQL LISTEN/NOTIFY) through the same method.
public final class PushHub implements InboxNotifier {
  private static final Logger logger = LoggerFactory.getLogger(PushHub.class);

  /// Below the default 60 s QUIC idle timeout, so an idle subscription keeps its connection open.
  public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(20);

  private final ConcurrentMap<IdentityKey, Set<PushStream>> streams = new ConcurrentHashMap<>();
  private final Duration heartbeatInterval;
  private volatile Consumer<IdentityKey> removals = identity -> {};

  public PushHub() {
    this(DEFAULT_HEARTBEAT_INTERVAL);
  }

  /// @param heartbeatInterval how often an idle subscription stream gets a heartbeat event (which also finds
  ///     streams whose client went away)
  public PushHub(Duration heartbeatInterval) {
    Objects.requireNonNull(heartbeatInterval, "heartbeat interval");
    if (heartbeatInterval.toMillis() < 1 || heartbeatInterval.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("heartbeat interval must be 1 ms .. 24 days, got " + heartbeatInterval);
    }
    this.heartbeatInterval = heartbeatInterval;
  }

  @Override
  public void notify(IdentityKey recipient, long sequence) {
    Set<PushStream> open = streams.get(recipient);
    if (open == null) {
      return;
    }
    for (PushStream stream : open) {
      try {
        stream.push(sequence);
      } catch (RuntimeException e) {
        // best effort by contract: one broken stream must not cost the others their event, nor the sender its call
        logger.warn("push to {} failed: {}", recipient, e.toString());
      }
    }
  }

  /// Open subscription streams of `identity` on this node.
  public int subscriptions(IdentityKey identity) {
    Set<PushStream> open = streams.get(identity);
    return open == null ? 0 : open.size();
  }

  /// Open subscription streams on this node, all identities.
  public int subscriptions() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  Duration heartbeatInterval() {
    return heartbeatInterval;
  }

  void register(IdentityKey identity, PushStream stream) {
    // inside compute, so a concurrent unregister cannot drop the set between creating it and adding to it
    streams.compute(identity, (key, open) -> {
      Set<PushStream> set = open == null ? ConcurrentHashMap.newKeySet() : open;
      set.add(stream);
      return set;
    });
  }

  /// Removes `stream`; the identity's entry goes when its last stream does, so the map does not grow with every
  /// identity that ever subscribed.
  void unregister(IdentityKey identity, PushStream stream) {
    streams.computeIfPresent(identity, (key, open) -> {
      open.remove(stream);
      return open.isEmpty() ? null : open;
    });
    removals.accept(identity);
  }

  /// Called with the identity after each removal: lets tests await a closed stream instead of polling.
  void onRemoval(Consumer<IdentityKey> listener) {
    removals = Objects.requireNonNull(listener, "listener");
  }
}
