package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// [ChannelCredentialStore] in a concurrent map.
public final class InMemoryChannelCredentialStore implements ChannelCredentialStore {

  private record Key(ChannelId channel, Epoch epoch) {}

  private final Map<Key, ChannelCredentialHash> hashes = new ConcurrentHashMap<>();

  @Override
  public void register(ChannelId channel, Epoch epoch, ChannelCredentialHash hash) {
    hashes.put(new Key(channel, epoch), hash);
  }

  @Override
  public Optional<ChannelCredentialHash> find(ChannelId channel, Epoch epoch) {
    return Optional.ofNullable(hashes.get(new Key(channel, epoch)));
  }
}
