package dev.quicnprotochat.application.port.in;

/// Puts a message for one channel member into that member's inbox.
@FunctionalInterface
public interface EnqueueMessageUseCase {

  EnqueueMessageResult enqueueMessage(EnqueueMessageCommand command);
}
