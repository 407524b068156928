package dev.quicnprotochat.application.port.in.client;

/// This profile holds no identity yet: register first.
public record NoIdentity() implements LoginResult, ReplenishKeyPackagesResult, CreateGroupResult,
    GroupCommitResult, OpenDirectChatResult, ProcessInboxResult, WhoAmIResult, ListMembersResult {}
