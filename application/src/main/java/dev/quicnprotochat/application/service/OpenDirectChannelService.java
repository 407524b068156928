package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.OpenDirectChannelCommand;
import dev.quicnprotochat.application.port.in.OpenDirectChannelResult;
import dev.quicnprotochat.application.port.in.OpenDirectChannelResult.DirectChannelOpened;
import dev.quicnprotochat.application.port.in.OpenDirectChannelUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.ChannelStore;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.channel.Channel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// A DM is the two-member channel of a pair, with an id both sides derive ([dev.quicnprotochat.domain.channel
/// .ChannelId#direct]); the first to open it creates it, later calls return it.
@Singleton
public final class OpenDirectChannelService implements OpenDirectChannelUseCase {

  private final SessionGuard guard;
  private final UserStore users;
  private final ChannelStore channels;
  private final ChannelCredentialStore credentials;

  @Inject
  public OpenDirectChannelService(
      SessionGuard guard, UserStore users, ChannelStore channels, ChannelCredentialStore credentials) {
    this.guard = guard;
    this.users = users;
    this.channels = channels;
    this.credentials = credentials;
  }

  @Override
  public OpenDirectChannelResult openDirectChannel(OpenDirectChannelCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> open(caller, command);
    };
  }

  private OpenDirectChannelResult open(Caller caller, OpenDirectChannelCommand command) {
    if (command.peer().equals(caller.identityKey())) {
      // DESIGN.md §5: messages to oneself are a local notepad and never reach the server.
      return new InvalidRequest("a conversation with yourself stays on your device");
    }
    if (users.findByIdentityKey(command.peer()).isEmpty()) {
      return new UnknownUser();
    }
    Channel fresh = Channel.newDirect(caller.identityKey(), command.peer());
    if (channels.create(fresh)) {
      command.credentialHash().ifPresent(hash -> credentials.register(fresh.id(), fresh.epoch(), hash));
      return new DirectChannelOpened(fresh.id(), fresh.epoch(), true);
    }
    Channel existing = channels.find(fresh.id())
        .orElseThrow(() -> new IllegalStateException("the channel store refused a create but has no such channel"));
    return new DirectChannelOpened(existing.id(), existing.epoch(), false);
  }
}
