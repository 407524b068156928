package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ProcessInboxUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/// Receiving: one drain of the inbox (called on each push event, and by the polling fallback).
@Singleton
public final class ProcessInboxService implements ProcessInboxUseCase {

  private final IdentityVault vault;
  private final InboxProcessor inbox;

  @Inject
  public ProcessInboxService(IdentityVault vault, InboxProcessor inbox) {
    this.vault = vault;
    this.inbox = inbox;
  }

  @Override
  public ProcessInboxResult processInbox(ProcessInboxCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      InboxProcessor.Drained drained = inbox.drain(identity.get(), command.limit());
      return new ProcessInboxResult.Processed(drained.events(), drained.acknowledgedUpTo());
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
