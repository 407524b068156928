package dev.quicnprotochat.domain.identity;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// The OPAQUE registration record the server keeps for a user (RFC 9807 §5.1, `RegistrationRecord`): the client's
/// public key, masking key and envelope.
///
/// It is not a password, but together with the server's OPRF key it allows an offline dictionary attack
/// (RFC 9807 §10.8), so `toString` prints only its size.
public record RegistrationRecord(Bytes value) {

  public RegistrationRecord {
    Objects.requireNonNull(value, "registration record");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an OPAQUE registration record is never empty");
    }
  }

  @Override
  public String toString() {
    return "RegistrationRecord[" + value.length() + " bytes]";
  }
}
