package dev.quicnprotochat.application.port.in;

/// What [ResolveUserUseCase] answers.
public sealed interface ResolveUserResult
    permits UserResolved, UnknownUser, Unauthenticated, RateLimited {}
