package dev.quicnprotochat.domain.clientstate;

import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import java.security.MessageDigest;
import java.util.Objects;

/// The private half of one published key package (RFC 9420 §10): its init and leaf encryption private keys, as
/// opaque bytes encoded by the MLS engine, found again by the package's [KeyPackageRef] when a Welcome names it.
///
/// A secret: `toString` shows the ref only and equality compares the private bytes in constant time.
public final class KeyPackageSecret {

  /// Far above any suite's two private keys plus encoding; a sanity bound for parsing stored files.
  public static final int MAX_LENGTH = 64 * 1024;

  private final KeyPackageRef ref;
  private final boolean lastResort;
  private final byte[] privateKeys;

  private KeyPackageSecret(KeyPackageRef ref, boolean lastResort, byte[] privateKeys) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.lastResort = lastResort;
    this.privateKeys = privateKeys;
  }

  /// Copies `privateKeys`. `lastResort` marks the package that may be used more than once (RFC 9420 §16.8).
  public static KeyPackageSecret of(KeyPackageRef ref, boolean lastResort, byte[] privateKeys) {
    Objects.requireNonNull(privateKeys, "private keys");
    if (privateKeys.length == 0 || privateKeys.length > MAX_LENGTH) {
      throw new IllegalArgumentException("key package private keys hold 1 to " + MAX_LENGTH + " bytes, got "
          + privateKeys.length);
    }
    return new KeyPackageSecret(ref, lastResort, privateKeys.clone());
  }

  public KeyPackageRef ref() {
    return ref;
  }

  public boolean lastResort() {
    return lastResort;
  }

  /// A copy of the encoded private keys; the caller wipes it after use.
  public byte[] privateKeys() {
    return privateKeys.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPackageSecret other && ref.equals(other.ref) && lastResort == other.lastResort
        && MessageDigest.isEqual(privateKeys, other.privateKeys);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }

  @Override
  public String toString() {
    return "KeyPackageSecret[ref=" + ref.value().slice(0, Math.min(4, ref.value().length())).toHex() + "…"
        + (lastResort ? ", last resort" : "") + ", private keys redacted]";
  }
}
