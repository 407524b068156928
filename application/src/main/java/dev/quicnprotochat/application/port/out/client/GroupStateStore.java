package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import java.util.List;
import java.util.Optional;

/// The serialised MLS state of each group this client is a member of, keyed by group id (a group's channel id is its
/// MLS `group_id`).
public interface GroupStateStore {

  /// Replaces the group's state atomically: after a crash at any point, a later [#load] returns either the previous
  /// state or this one, never a mixture. Different groups may be saved concurrently.
  void save(ChannelId group, SerializedGroupState state);

  Optional<SerializedGroupState> load(ChannelId group);

  /// Deletes the group's state (after leaving or being removed); false when there was none.
  boolean delete(ChannelId group);

  /// The ids of every stored group, in no particular order.
  List<ChannelId> groups();
}
