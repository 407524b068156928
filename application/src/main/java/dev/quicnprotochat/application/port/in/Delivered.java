package dev.quicnprotochat.application.port.in;

/// A channel message is durable in every recipient's inbox; `recipients` is how many inboxes got it.
public record Delivered(int recipients) implements SendToChannelResult, SendSealedMessageResult {

  public Delivered {
    if (recipients < 0) {
      throw new IllegalArgumentException("a recipient count is never negative");
    }
  }
}
