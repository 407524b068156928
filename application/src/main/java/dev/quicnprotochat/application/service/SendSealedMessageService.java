package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Delivered;
import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.SendSealedMessageCommand;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult.CredentialRefused;
import dev.quicnprotochat.application.port.in.SendSealedMessageResult.SealedSenderDisabled;
import dev.quicnprotochat.application.port.in.SendSealedMessageUseCase;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sealed sender (DESIGN.md §3, `allow_sealed_sender`): a message to a channel with no session token, accepted when
/// the presented credential hashes to the one registered for the channel's current epoch. Every epoch change
/// registers a new hash, so a removed member's old credential stops working with the commit that removed it.
///
/// The server does not know the sender and stores none; the message therefore goes to every member, the sender
/// included (its client recognises and drops its own message). Nothing about the caller is logged.
@Singleton
public final class SendSealedMessageService implements SendSealedMessageUseCase {

  private static final Logger logger = LoggerFactory.getLogger(SendSealedMessageService.class);

  private final ChannelStore channels;
  private final ChannelCredentialStore credentials;
  private final InboxDelivery delivery;
  private final ServerSettings settings;

  @Inject
  public SendSealedMessageService(
      ChannelStore channels, ChannelCredentialStore credentials, InboxDelivery delivery, ServerSettings settings) {
    this.channels = channels;
    this.credentials = credentials;
    this.delivery = delivery;
    this.settings = settings;
  }

  @Override
  public SendSealedMessageResult sendSealedMessage(SendSealedMessageCommand command) {
    if (!settings.allowSealedSender()) {
      return new SealedSenderDisabled();
    }
    Optional<Channel> channel = channels.find(command.channelId());
    Optional<ChannelCredentialHash> expected =
        channel.flatMap(c -> credentials.find(c.id(), c.epoch()));
    if (expected.isEmpty() || !expected.get().matches(command.credential())) {
      return new CredentialRefused();
    }
    Optional<IdentityKey> full = delivery.fullInbox(channel.get().members());
    if (full.isPresent()) {
      return new InboxFull(full.get());
    }
    List<Envelope> envelopes = channel.get().members().stream()
        .map(r -> new Envelope(r, command.channelId(), command.payload(), Optional.empty()))
        .toList();
    delivery.enqueue(envelopes);
    logger.debug("sealed message to channel {} fanned out to {} inboxes", command.channelId(), envelopes.size());
    return new Delivered(envelopes.size());
  }
}
