package dev.quicnprotochat.domain.identity;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// A user's long-term Ed25519 public key (RFC 8032, 32 bytes); it is also the MLS signature key of the user's leaf.
///
/// `toString` prints a short fingerprint only, so log lines never carry a full identifier.
public record IdentityKey(Bytes value) implements Comparable<IdentityKey> {

  public static final int LENGTH = 32;

  public IdentityKey {
    Objects.requireNonNull(value, "identity key");
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("an Ed25519 identity key has 32 bytes, got " + value.length());
    }
  }

  public static IdentityKey of(byte[] value) {
    return new IdentityKey(Bytes.of(value));
  }

  /// The first four bytes in hex: enough to tell keys apart in a log, not enough to identify a user.
  public String fingerprint() {
    return value.slice(0, 4).toHex();
  }

  @Override
  public int compareTo(IdentityKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return "IdentityKey[" + fingerprint() + "…]";
  }
}
