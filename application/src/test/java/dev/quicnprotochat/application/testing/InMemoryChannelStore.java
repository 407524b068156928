package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// [ChannelStore] over a map, writing fan-outs into an [InMemoryInboxStore] under that store's lock: the in-memory
/// counterpart of one database transaction.
public final class InMemoryChannelStore implements ChannelStore {

  private final InMemoryInboxStore inbox;
  private final Map<ChannelId, Channel> channels = new HashMap<>();

  public InMemoryChannelStore(InMemoryInboxStore inbox) {
    this.inbox = inbox;
  }

  @Override
  public boolean create(Channel channel) {
    synchronized (inbox.lock) {
      return channels.putIfAbsent(channel.id(), channel) == null;
    }
  }

  @Override
  public Optional<Channel> find(ChannelId id) {
    synchronized (inbox.lock) {
      return Optional.ofNullable(channels.get(id));
    }
  }

  @Override
  public CommitOutcome commit(Commit commit) {
    synchronized (inbox.lock) {
      Channel channel = channels.get(commit.channelId());
      if (channel == null) {
        return new CommitOutcome.UnknownChannel();
      }
      if (!channel.epoch().equals(commit.expectedEpoch())) {
        return new CommitOutcome.StaleEpoch(channel.epoch());
      }
      Channel next = channel.afterCommit(commit.change());
      List<Long> fanOut = inbox.enqueue(commit.fanOut());
      List<Long> welcomes = inbox.enqueue(commit.welcomes());
      channels.put(next.id(), next);
      return new CommitOutcome.Accepted(next.epoch(), fanOut, welcomes);
    }
  }
}
