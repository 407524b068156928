package dev.quicnprotochat.application.port.in.client;

/// Opens the direct conversation with a user (the `dm` command): the server's direct channel, an MLS group the
/// opener creates and adds the peer to. A conversation with oneself is the local notepad (DESIGN.md §5).
@FunctionalInterface
public interface OpenDirectChatUseCase {

  OpenDirectChatResult openDirectChat(OpenDirectChatCommand command);
}
