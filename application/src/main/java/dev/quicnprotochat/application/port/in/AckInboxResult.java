package dev.quicnprotochat.application.port.in;

/// What [AckInboxUseCase] answers.
public sealed interface AckInboxResult
    permits AckInboxResult.Acked, Unauthenticated, RateLimited {

  /// `removed` entries were deleted.
  record Acked(int removed) implements AckInboxResult {}
}
