package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.SendToChannelCommand;
import dev.quicnprotochat.application.port.in.SendToChannelResult;
import dev.quicnprotochat.application.port.in.SendToChannelUseCase;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Fans a member's message out to every other member's inbox (DESIGN.md §4), all or nothing: a full inbox refuses
/// the whole send, so members never see different message sets.
@Singleton
public final class SendToChannelService implements SendToChannelUseCase {

  private static final Logger logger = LoggerFactory.getLogger(SendToChannelService.class);

  private final SessionGuard guard;
  private final ChannelStore channels;
  private final InboxDelivery delivery;

  @Inject
  public SendToChannelService(SessionGuard guard, ChannelStore channels, InboxDelivery delivery) {
    this.guard = guard;
    this.channels = channels;
    this.delivery = delivery;
  }

  @Override
  public SendToChannelResult sendToChannel(SendToChannelCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> send(caller, command);
    };
  }

  private SendToChannelResult send(Caller caller, SendToChannelCommand command) {
    Optional<Channel> channel = channels.find(command.channelId());
    if (channel.isEmpty()) {
      return new UnknownChannel();
    }
    if (!channel.get().isMember(caller.identityKey())) {
      return new NotAMember();
    }
    Set<IdentityKey> recipients = channel.get().recipientsExcept(caller.identityKey());
    Optional<IdentityKey> full = delivery.fullInbox(recipients);
    if (full.isPresent()) {
      return new InboxFull(full.get());
    }
    List<Envelope> envelopes = recipients.stream()
        .map(r -> new Envelope(r, command.channelId(), command.payload(), Optional.of(caller.identityKey())))
        .toList();
    delivery.enqueue(envelopes);
    logger.debug("message to channel {} fanned out to {} inboxes", command.channelId(), envelopes.size());
    return new Delivered(envelopes.size());
  }
}
