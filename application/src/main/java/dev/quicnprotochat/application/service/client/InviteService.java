package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.InviteUseCase;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/// Invite: username → identity key (checked against the recorded contact key), one of their key packages, a
/// commit adding them with its Welcome (RFC 9420 §12.1.1, §12.4.3). The key package is taken once and reused by
/// every retry of the commit.
@Singleton
public final class InviteService implements InviteUseCase {

  private final ServerGateway server;
  private final IdentityVault vault;
  private final GroupEngine engine;
  private final GroupStateStore groups;
  private final ContactKeyStore contacts;
  private final CommitRunner commits;
  private final Clock clock;

  @Inject
  public InviteService(ServerGateway server, IdentityVault vault, GroupEngine engine, GroupStateStore groups,
                       ContactKeyStore contacts, CommitRunner commits, Clock clock) {
    this.server = server;
    this.vault = vault;
    this.engine = engine;
    this.groups = groups;
    this.contacts = contacts;
    this.commits = commits;
    this.clock = clock;
  }

  @Override
  public GroupCommitResult invite(InviteCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    Optional<SerializedGroupState> state = groups.load(command.group());
    if (state.isEmpty()) {
      return new UnknownGroup(command.group());
    }
    try {
      IdentityKey invitee = server.resolveUser(command.invitee());
      if (contacts.check(command.invitee(), invitee, clock.instant()) instanceof ContactKeyCheck.KeyChanged changed) {
        return new GroupCommitResult.ContactKeyChanged(command.invitee(), changed.recorded().identityKey(), invitee);
      }
      if (engine.members(state.get()).contains(invitee)) {
        return new GroupCommitResult.AlreadyMember(command.invitee());
      }
      Optional<StoredKeyPackage> keyPackage = server.fetchKeyPackage(invitee);
      if (keyPackage.isEmpty()) {
        return new GroupCommitResult.NoKeyPackage(command.invitee());
      }
      return commits.run(identity.get(), command.group(),
          current -> engine.commitAdd(current, List.of(keyPackage.get().data())));
    } catch (ServerCallException e) {
      return e.code() == ServerErrorCode.UNKNOWN_USER ? new GroupCommitResult.UnknownUser(command.invitee())
          : ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
