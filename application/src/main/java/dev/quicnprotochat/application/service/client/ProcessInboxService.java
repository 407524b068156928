package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ProcessInboxUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.GroupEngine;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// Receiving: one drain of the inbox (called on each push event, and by the polling fallback), then a commit of
/// the proposals it brought.
@Singleton
public final class ProcessInboxService implements ProcessInboxUseCase {

  private final IdentityVault vault;
  private final InboxProcessor inbox;
  private final GroupEngine engine;
  private final CommitRunner commits;

  @Inject
  public ProcessInboxService(IdentityVault vault, InboxProcessor inbox, GroupEngine engine, CommitRunner commits) {
    this.vault = vault;
    this.inbox = inbox;
    this.engine = engine;
    this.commits = commits;
  }

  @Override
  public ProcessInboxResult processInbox(ProcessInboxCommand command) {
    Optional<IdentityKeyPair> identity = vault.load();
    if (identity.isEmpty()) {
      return new NoIdentity();
    }
    try {
      InboxProcessor.Drained drained = inbox.drain(identity.get(), command.limit());
      // proposals (a member asking to leave) take effect only once a member commits them (RFC 9420 §12.2): every
      // member that received one tries; the losers of that race find nothing left to commit
      Set<ChannelId> proposed = new LinkedHashSet<>();
      for (InboxEvent event : drained.events()) {
        if (event instanceof InboxEvent.ProposalReceived received) {
          proposed.add(received.group());
        }
      }
      List<GroupCommitResult> commitsMade = new ArrayList<>();
      for (ChannelId group : proposed) {
        commitsMade.add(commits.run(identity.get(), group, state -> engine.pendingProposals(state) > 0,
            engine::commitPending));
      }
      return new ProcessInboxResult.Processed(drained.events(), drained.acknowledgedUpTo(), commitsMade);
    } catch (ServerCallException e) {
      return ServerRefused.of(e);
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }
}
