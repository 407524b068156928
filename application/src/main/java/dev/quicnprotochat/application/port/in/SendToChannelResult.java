package dev.quicnprotochat.application.port.in;

/// What [SendToChannelUseCase] answers.
public sealed interface SendToChannelResult
    permits Delivered, UnknownChannel, NotAMember, InboxFull, Unauthenticated, RateLimited {}
