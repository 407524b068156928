package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// A group joined from a Welcome: its group_id (the channel id), state, epoch, members, and the title its creator
/// gave it (none for a direct chat, or from a client that sets none).
public record JoinedGroup(ChannelId groupId, SerializedGroupState state, Epoch epoch, List<IdentityKey> members,
                          Optional<String> title) {

  public JoinedGroup(ChannelId groupId, SerializedGroupState state, Epoch epoch, List<IdentityKey> members) {
    this(groupId, state, epoch, members, Optional.empty());
  }

  public JoinedGroup {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(groupId, "group id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(epoch, "epoch");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
  }
}
