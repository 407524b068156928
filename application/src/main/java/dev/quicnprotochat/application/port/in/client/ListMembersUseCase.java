package dev.quicnprotochat.application.port.in.client;

/// The members of a group as this client's MLS state has them, with their usernames.
@FunctionalInterface
public interface ListMembersUseCase {

  ListMembersResult listMembers(ListMembersCommand command);
}
