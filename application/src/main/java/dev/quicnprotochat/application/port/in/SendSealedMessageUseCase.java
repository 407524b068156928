package dev.quicnprotochat.application.port.in;

/// Sends to a channel without a session, proving membership with the epoch's channel credential.
@FunctionalInterface
public interface SendSealedMessageUseCase {

  SendSealedMessageResult sendSealedMessage(SendSealedMessageCommand command);
}
