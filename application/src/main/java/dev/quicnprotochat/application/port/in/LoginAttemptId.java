package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import java.util.Objects;

/// Names a login between its two OPAQUE steps (KE1/KE2, then KE3): 16 random bytes.
public record LoginAttemptId(Bytes value) {

  public static final int LENGTH = 16;

  public LoginAttemptId {
    Objects.requireNonNull(value, "login attempt id");
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("a login attempt id has 16 bytes, got " + value.length());
    }
  }

  public static LoginAttemptId random(SecureRandom random) {
    byte[] value = new byte[LENGTH];
    random.nextBytes(value);
    return new LoginAttemptId(Bytes.wrap(value));
  }
}
