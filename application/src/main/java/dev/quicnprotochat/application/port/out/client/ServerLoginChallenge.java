package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// The server's answer to KE1 (RFC 9807 §6.4.2): the attempt to name in `finishLogin` and KE2.
///
/// @param attempt the 16-byte login attempt id
/// @param ke2 the serialised KE2 message
public record ServerLoginChallenge(Bytes attempt, Bytes ke2) {
  public ServerLoginChallenge {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(ke2, "KE2");
  }

  @Override
  public String toString() {
    return "ServerLoginChallenge[" + ke2.length() + " bytes]";
  }
}
