package dev.quicnprotochat.application.port.in;

/// What [ResolveIdentityUseCase] answers.
public sealed interface ResolveIdentityResult
    permits UserResolved, UnknownUser, Unauthenticated, RateLimited {}
