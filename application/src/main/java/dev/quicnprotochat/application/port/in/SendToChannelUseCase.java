package dev.quicnprotochat.application.port.in;

/// Fans a message out to every member of a channel but the sender.
@FunctionalInterface
public interface SendToChannelUseCase {

  SendToChannelResult sendToChannel(SendToChannelCommand command);
}
