package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// [GroupStateStore] in a concurrent map.
public final class InMemoryGroupStateStore implements GroupStateStore {

  private final Map<ChannelId, SerializedGroupState> states = new ConcurrentHashMap<>();

  @Override
  public void save(ChannelId group, SerializedGroupState state) {
    states.put(group, state);
  }

  @Override
  public Optional<SerializedGroupState> load(ChannelId group) {
    return Optional.ofNullable(states.get(group));
  }

  @Override
  public boolean delete(ChannelId group) {
    return states.remove(group) != null;
  }

  @Override
  public List<ChannelId> groups() {
    return List.copyOf(states.keySet());
  }
}
