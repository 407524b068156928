package dev.quicnprotochat.application.port.in.client;

/// Finds the conversation a person means by what they typed: its exact title (case-insensitive), a unique title
/// prefix, or a unique prefix (4+ hex digits) of its id.
@FunctionalInterface
public interface FindConversationUseCase {

  FindConversationResult findConversation(FindConversationCommand command);
}
