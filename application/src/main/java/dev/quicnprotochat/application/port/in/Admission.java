package dev.quicnprotochat.application.port.in;

/// Whether a call may proceed: an authenticated, not rate-limited [Caller], or why not.
public sealed interface Admission permits Caller, Unauthenticated, RateLimited {}
