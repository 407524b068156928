package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.ListMembersCommand;
import dev.quicnprotochat.application.port.in.client.ListMembersResult;
import dev.quicnprotochat.application.port.in.client.ListMembersUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/// The `members` command: the MLS state's members (the authority, not the server's list) with their names.
@Singleton
public final class ListMembersService implements ListMembersUseCase {

  private final IdentityVault vault;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final MemberNames names;

  @Inject
  public ListMembersService(IdentityVault vault, GroupEngine engine, GroupStateStore groups, MemberNames names) {
    this.vault = vault;
    this.engine = engine;
    this.groups = groups;
    this.names = names;
  }

  @Override
  public ListMembersResult listMembers(ListMembersCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    Optional<SerializedGroupState> state = groups.load(command.group());
    if (state.isEmpty()) {
      return new UnknownGroup(command.group());
    }
    IdentityKey self = identity.get().publicKey();
    List<ListMembersResult.Member> members = engine.members(state.get()).stream()
        .map(key -> new ListMembersResult.Member(key.equals(self) ? "you" : names.of(key), key, key.equals(self)))
        .toList();
    return new ListMembersResult.Members(command.group(), engine.epoch(state.get()), members);
  }
}
