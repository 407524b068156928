package dev.quicnprotochat.application.port.in;

/// What [SendSealedMessageUseCase] answers.
public sealed interface SendSealedMessageResult
    permits Delivered, SendSealedMessageResult.SealedSenderDisabled,
    SendSealedMessageResult.CredentialRefused, InboxFull, InvalidRequest {

  /// The server does not allow sealed sender (`allow_sealed_sender` is off).
  record SealedSenderDisabled() implements SendSealedMessageResult {}

  /// The credential does not prove membership of the channel's current epoch. Also the answer for an unknown channel,
  /// so that callers without a session learn nothing about which channels exist.
  record CredentialRefused() implements SendSealedMessageResult {}
}
