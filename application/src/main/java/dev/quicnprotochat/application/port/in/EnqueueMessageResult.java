package dev.quicnprotochat.application.port.in;

/// What [EnqueueMessageUseCase] answers.
public sealed interface EnqueueMessageResult
    permits EnqueueMessageResult.Enqueued, EnqueueMessageResult.RecipientNotAMember, UnknownUser,
    UnknownChannel, NotAMember, InboxFull, Unauthenticated, RateLimited {

  /// Durable in the recipient's inbox under `sequence`.
  record Enqueued(long sequence) implements EnqueueMessageResult {}

  /// The recipient is not a member of the channel.
  record RecipientNotAMember() implements EnqueueMessageResult {}
}
