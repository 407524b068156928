package dev.quicnprotochat.domain.session;

import dev.quicnprotochat.mls.codec.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;

/// A bearer token handed out at login: 256 random bits. The server never stores it, only its [SessionTokenHash].
///
/// A secret: `toString` is redacted and equality is constant-time.
public final class SessionToken {

  public static final int LENGTH = 32;

  private final byte[] value;

  private SessionToken(byte[] value) {
    this.value = value;
  }

  /// Draws a fresh token from `random`.
  public static SessionToken generate(SecureRandom random) {
    byte[] value = new byte[LENGTH];
    random.nextBytes(value);
    return new SessionToken(value);
  }

  /// Rebuilds a token a client presented; refuses anything that is not exactly 32 bytes.
  public static SessionToken of(byte[] value) {
    Objects.requireNonNull(value, "session token");
    if (value.length != LENGTH) {
      throw new IllegalArgumentException("a session token has 32 bytes, got " + value.length);
    }
    return new SessionToken(value.clone());
  }

  /// A copy of the raw token, for sending it to the client that logged in.
  public byte[] toByteArray() {
    return value.clone();
  }

  /// SHA-256 of the token: what the session store keys sessions by, so a leaked store holds no usable token.
  public SessionTokenHash hash() {
    try {
      return new SessionTokenHash(Bytes.wrap(MessageDigest.getInstance("SHA-256").digest(value)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionToken other && MessageDigest.isEqual(value, other.value);
  }

  @Override
  public int hashCode() {
    return hash().hashCode();
  }

  @Override
  public String toString() {
    return "SessionToken[redacted]";
  }
}
