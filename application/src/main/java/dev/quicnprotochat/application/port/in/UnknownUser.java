package dev.quicnprotochat.application.port.in;

/// The named user or identity key is not registered on this server.
public record UnknownUser()
    implements FetchKeyPackageResult, EnqueueMessageResult, OpenDirectChannelResult, SubmitCommitResult,
    ResolveUserResult, ResolveIdentityResult {}
