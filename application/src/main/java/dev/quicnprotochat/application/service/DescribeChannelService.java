package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.DescribeChannelCommand;
import dev.quicnprotochat.application.port.in.DescribeChannelResult;
import dev.quicnprotochat.application.port.in.DescribeChannelResult.ChannelDescription;
import dev.quicnprotochat.application.port.in.DescribeChannelUseCase;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.out.ChannelStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Shows a channel's members and epoch to its members only.
@Singleton
public final class DescribeChannelService implements DescribeChannelUseCase {

  private final SessionGuard guard;
  private final ChannelStore channels;

  @Inject
  public DescribeChannelService(SessionGuard guard, ChannelStore channels) {
    this.guard = guard;
    this.channels = channels;
  }

  @Override
  public DescribeChannelResult describeChannel(DescribeChannelCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> channels.find(command.channelId())
          .<DescribeChannelResult>map(channel -> channel.isMember(caller.identityKey())
              ? new ChannelDescription(channel)
              : new NotAMember())
          .orElseGet(UnknownChannel::new);
    };
  }
}
