package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.FetchInboxCommand;
import dev.quicnprotochat.application.port.in.FetchInboxResult;
import dev.quicnprotochat.application.port.in.FetchInboxUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.InboxStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Reads the caller's own inbox after a cursor; the page size is capped by the server.
@Singleton
public final class FetchInboxService implements FetchInboxUseCase {

  private final SessionGuard guard;
  private final InboxStore inboxes;
  private final ServerSettings settings;

  @Inject
  public FetchInboxService(SessionGuard guard, InboxStore inboxes, ServerSettings settings) {
    this.guard = guard;
    this.inboxes = inboxes;
    this.settings = settings;
  }

  @Override
  public FetchInboxResult fetchInbox(FetchInboxCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> new FetchInboxResult.InboxPage(caller.identityKey(), inboxes.fetch(
          caller.identityKey(), command.afterSequence(), Math.min(command.limit(), settings.maxFetchLimit())));
    };
  }
}
