package dev.quicnprotochat.application.port.in;

/// Creates a group channel whose only member is the caller.
@FunctionalInterface
public interface CreateChannelUseCase {

  CreateChannelResult createChannel(CreateChannelCommand command);
}
