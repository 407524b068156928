package dev.quicnprotochat.application.port.in.client;

/// Sends a text to a conversation: encrypted for its group and fanned out by the server, then stored as sent. To
/// the notepad it is only stored (DESIGN.md §5).
@FunctionalInterface
public interface SendMessageUseCase {

  SendMessageResult send(SendMessageCommand command);
}
