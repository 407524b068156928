package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.EnqueueMessageCommand;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult.Enqueued;
import dev.quicnprotochat.application.port.in.EnqueueMessageResult.RecipientNotAMember;
import dev.quicnprotochat.application.port.in.EnqueueMessageUseCase;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/// Delivers one message to one member of a channel (DESIGN.md §4: only members send to a channel, and only to its
/// members). The recipient must be registered; a full inbox refuses the message.
@Singleton
public final class EnqueueMessageService implements EnqueueMessageUseCase {

  private final SessionGuard guard;
  private final UserStore users;
  private final ChannelStore channels;
  private final InboxDelivery delivery;

  @Inject
  public EnqueueMessageService(SessionGuard guard, UserStore users, ChannelStore channels, InboxDelivery delivery) {
    this.guard = guard;
    this.users = users;
    this.channels = channels;
    this.delivery = delivery;
  }

  @Override
  public EnqueueMessageResult enqueueMessage(EnqueueMessageCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> enqueue(caller, command);
    };
  }

  private EnqueueMessageResult enqueue(Caller caller, EnqueueMessageCommand command) {
    Optional<Channel> channel = channels.find(command.channelId());
    if (channel.isEmpty()) {
      return new UnknownChannel();
    }
    if (!channel.get().isMember(caller.identityKey())) {
      return new NotAMember();
    }
    IdentityKey recipient = command.recipient();
    if (users.findByIdentityKey(recipient).isEmpty()) {
      return new UnknownUser();
    }
    if (!channel.get().isMember(recipient)) {
      return new RecipientNotAMember();
    }
    if (delivery.fullInbox(List.of(recipient)).isPresent()) {
      return new InboxFull(recipient);
    }
    Envelope envelope =
        new Envelope(recipient, command.channelId(), command.payload(), Optional.of(caller.identityKey()));
    return new Enqueued(delivery.enqueue(List.of(envelope)).getFirst());
  }
}
