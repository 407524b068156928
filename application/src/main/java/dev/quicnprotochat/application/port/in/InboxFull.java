package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.Objects;

/// A recipient's inbox is at the server's depth limit; nothing was enqueued to anyone. The recipient must fetch and
/// ack before more messages fit.
public record InboxFull(IdentityKey recipient)
    implements EnqueueMessageResult, SendToChannelResult, SendSealedMessageResult {

  public InboxFull {
    Objects.requireNonNull(recipient, "recipient");
  }
}
