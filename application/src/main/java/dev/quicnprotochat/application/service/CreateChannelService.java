package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.CreateChannelCommand;
import dev.quicnprotochat.application.port.in.CreateChannelResult;
import dev.quicnprotochat.application.port.in.CreateChannelResult.ChannelCreated;
import dev.quicnprotochat.application.port.in.CreateChannelUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Creates a group channel with a server-chosen random id (so no client can squat on an id) whose only member is the
/// caller, at epoch 0, and registers the creator's sealed-sender credential hash for that epoch.
@Singleton
public final class CreateChannelService implements CreateChannelUseCase {

  private static final Logger logger = LoggerFactory.getLogger(CreateChannelService.class);
  private static final int ATTEMPTS = 3;

  private final SessionGuard guard;
  private final ChannelStore channels;
  private final ChannelCredentialStore credentials;
  private final SecureRandom random;

  @Inject
  public CreateChannelService(
      SessionGuard guard, ChannelStore channels, ChannelCredentialStore credentials, SecureRandom random) {
    this.guard = guard;
    this.channels = channels;
    this.credentials = credentials;
    this.random = random;
  }

  @Override
  public CreateChannelResult createChannel(CreateChannelCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> create(caller, command);
    };
  }

  private CreateChannelResult create(Caller caller, CreateChannelCommand command) {
    // 128 random bits collide with negligible probability; retrying covers a broken random source only loudly.
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Channel channel = Channel.newGroup(ChannelId.randomGroupId(random), caller.identityKey());
      if (channels.create(channel)) {
        command.credentialHash().ifPresent(hash -> credentials.register(channel.id(), channel.epoch(), hash));
        logger.debug("{} created channel {}", caller.identityKey(), channel.id());
        return new ChannelCreated(channel.id(), channel.epoch());
      }
    }
    throw new IllegalStateException("could not draw an unused channel id; is the random source broken?");
  }
}
