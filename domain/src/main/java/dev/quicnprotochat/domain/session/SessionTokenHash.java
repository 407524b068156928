package dev.quicnprotochat.domain.session;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// SHA-256 of a [SessionToken]: the key under which a session is stored and rate-limited.
///
/// Not a secret by itself (it cannot be turned back into the token), but `toString` still prints a prefix only.
public record SessionTokenHash(Bytes value) {

  public static final int LENGTH = 32;

  public SessionTokenHash {
    Objects.requireNonNull(value, "session token hash");
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("a session token hash has 32 bytes, got " + value.length());
    }
  }

  @Override
  public String toString() {
    return "SessionTokenHash[" + value.slice(0, 4).toHex() + "…]";
  }
}
