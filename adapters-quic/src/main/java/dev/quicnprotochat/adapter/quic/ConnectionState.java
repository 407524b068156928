package dev.quicnprotochat.adapter.quic;

import io.netty.handler.codec.quic.QuicChannel;
import io.netty.util.AttributeKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/// Per-connection server state that outlives single calls: the rate bucket and the open push subscriptions.
/// Lives as an attribute of the [QuicChannel], so it goes away with the connection.
final class ConnectionState {
  private static final AttributeKey<ConnectionState> KEY = AttributeKey.valueOf(ConnectionState.class, "state");

  private TokenBucket rateBucket;
  /// The push subscriptions open on this connection: a fetch on the connection re-arms those that wait for one.
  private final Set<ServerPushStream> pushStreams = ConcurrentHashMap.newKeySet();

  static ConnectionState of(QuicChannel connection) {
    ConnectionState state = connection.attr(KEY).get();
    if (state == null) {
      ConnectionState created = new ConnectionState();
      state = connection.attr(KEY).setIfAbsent(created);
      if (state == null) {
        state = created;
      }
    }
    return state;
  }

  void addPushStream(ServerPushStream stream) {
    pushStreams.add(stream);
  }

  void removePushStream(ServerPushStream stream) {
    pushStreams.remove(stream);
  }

  /// A snapshot of the open subscriptions on this connection.
  List<ServerPushStream> pushStreams() {
    return List.copyOf(pushStreams);
  }

  synchronized TokenBucket rateBucket(Supplier<TokenBucket> create) {
    if (rateBucket == null) {
      rateBucket = create.get();
    }
    return rateBucket;
  }
}
