package dev.quicnprotochat.adapter.quic;

import io.netty.handler.codec.quic.QuicChannel;
import io.netty.util.AttributeKey;
import java.util.function.Supplier;

/// Per-connection server state that outlives single calls: the rate bucket now, the authenticated session later.
/// Lives as an attribute of the [QuicChannel], so it goes away with the connection.
final class ConnectionState {
  private static final AttributeKey<ConnectionState> KEY = AttributeKey.valueOf(ConnectionState.class, "state");

  private TokenBucket rateBucket;

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

  synchronized TokenBucket rateBucket(Supplier<TokenBucket> create) {
    if (rateBucket == null) {
      rateBucket = create.get();
    }
    return rateBucket;
  }
}
