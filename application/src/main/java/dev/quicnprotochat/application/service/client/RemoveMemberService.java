package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.RemoveMemberCommand;
import dev.quicnprotochat.application.port.in.client.RemoveMemberUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/// Removes a member with a commit (RFC 9420 §12.1.3); the removed client learns it from the commit.
@Singleton
public final class RemoveMemberService implements RemoveMemberUseCase {

  private final ServerGateway server;
  private final IdentityVault vault;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final CommitRunner commits;

  @Inject
  public RemoveMemberService(ServerGateway server, IdentityVault vault, GroupEngine engine, GroupStateStore groups,
                             CommitRunner commits) {
    this.server = server;
    this.vault = vault;
    this.engine = engine;
    this.groups = groups;
    this.commits = commits;
  }

  @Override
  public GroupCommitResult removeMember(RemoveMemberCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    Optional<SerializedGroupState> state = groups.load(command.group());
    if (state.isEmpty()) {
      return new UnknownGroup(command.group());
    }
    try {
      IdentityKey member = server.resolveUser(command.member());
      if (!engine.members(state.get()).contains(member)) {
        return new GroupCommitResult.NotAMember(command.member());
      }
      return commits.run(identity.get(), command.group(), current -> engine.commitRemove(current, Set.of(member)));
    } catch (ServerCallException e) {
      return e.code() == ServerErrorCode.UNKNOWN_USER ? new GroupCommitResult.UnknownUser(command.member())
          : ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
