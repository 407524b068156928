package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// An encrypted application message and the group state after it (the used generation, RFC 9420 §9.1).
public record EncryptedMessage(Bytes message, SerializedGroupState next) {
  public EncryptedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(next, "next state");
  }
}
