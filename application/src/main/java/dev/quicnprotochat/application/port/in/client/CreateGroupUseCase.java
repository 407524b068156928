package dev.quicnprotochat.application.port.in.client;

/// Creates a group: a server channel, an MLS group with its id (RFC 9420 §11) and a local conversation.
@FunctionalInterface
public interface CreateGroupUseCase {

  CreateGroupResult createGroup(CreateGroupCommand command);
}
