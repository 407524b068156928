package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.AckInboxCommand;
import dev.quicnprotochat.application.port.in.AckInboxResult;
import dev.quicnprotochat.application.port.in.AckInboxUseCase;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.InboxStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Deletes entries of the caller's own inbox up to a sequence number.
@Singleton
public final class AckInboxService implements AckInboxUseCase {

  private final SessionGuard guard;
  private final InboxStore inboxes;

  @Inject
  public AckInboxService(SessionGuard guard, InboxStore inboxes) {
    this.guard = guard;
    this.inboxes = inboxes;
  }

  @Override
  public AckInboxResult ackInbox(AckInboxCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> new AckInboxResult.Acked(inboxes.ack(caller.identityKey(), command.upToSequence()));
    };
  }
}
