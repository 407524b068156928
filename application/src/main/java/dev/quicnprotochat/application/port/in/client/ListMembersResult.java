package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.List;
import java.util.Objects;

/// What [ListMembersUseCase] answers.
public sealed interface ListMembersResult permits ListMembersResult.Members, UnknownGroup, NoIdentity {

  /// One member: its display name, key, and whether it is this client.
  record Member(String name, IdentityKey identityKey, boolean self) {
    public Member {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(identityKey, "identity key");
    }
  }

  /// The members in leaf order, at `epoch`.
  record Members(ChannelId group, Epoch epoch, List<Member> members) implements ListMembersResult {
    public Members {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(epoch, "epoch");
      members = List.copyOf(Objects.requireNonNull(members, "members"));
    }
  }
}
