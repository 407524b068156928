package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UpdateKeysCommand;
import dev.quicnprotochat.application.port.in.client.UpdateKeysUseCase;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/// A self-update: an empty commit with a fresh UpdatePath (RFC 9420 §12.4) for post-compromise security.
@Singleton
public final class UpdateKeysService implements UpdateKeysUseCase {

  private final IdentityVault vault;
  private final GroupEngine engine;
  private final CommitRunner commits;

  @Inject
  public UpdateKeysService(IdentityVault vault, GroupEngine engine, CommitRunner commits) {
    this.vault = vault;
    this.engine = engine;
    this.commits = commits;
  }

  @Override
  public GroupCommitResult updateKeys(UpdateKeysCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      return commits.run(identity.get(), command.group(), engine::commitUpdate);
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
