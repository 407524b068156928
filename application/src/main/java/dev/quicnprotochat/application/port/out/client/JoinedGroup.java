package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.List;
import java.util.Objects;

/// A group joined from a Welcome: its group_id (the channel id), state, epoch and members.
public record JoinedGroup(ChannelId groupId, SerializedGroupState state, Epoch epoch, List<IdentityKey> members) {
  public JoinedGroup {
    Objects.requireNonNull(groupId, "group id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(epoch, "epoch");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
  }
}
