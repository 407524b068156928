package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.UsageException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/// A secret byte string (key-schedule secrets, ratchet secrets, AEAD keys) that never prints its value.
///
/// [#toByteArray()] hands out copies, so a caller zeroing its copy cannot corrupt this one; [#destroy()] zeroes the
/// held bytes, after which every read is a [UsageException]. Equality is deliberately identity: compare secrets with
/// the constant-time [#matches(byte[])].
public final class Secret implements Destroyable {

  private final byte[] value;
  private volatile boolean destroyed;

  private Secret(byte[] value) {
    this.value = value;
  }

  /// Copies `value`; the caller may zero its array afterwards.
  public static Secret of(byte[] value) {
    return new Secret(value.clone());
  }

  /// Takes ownership of `value` without copying: the caller must not use the array afterwards.
  public static Secret wrap(byte[] value) {
    return new Secret(value);
  }

  /// `length` zero bytes, the "0" of RFC 9420 §8.
  public static Secret zeros(int length) {
    return new Secret(new byte[length]);
  }

  public byte[] toByteArray() {
    checkLive();
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  /// Constant-time comparison with `other`.
  public boolean matches(byte[] other) {
    checkLive();
    return MessageDigest.isEqual(value, other);
  }

  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(value, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkLive() {
    if (destroyed) {
      throw new UsageException("secret was destroyed");
    }
  }

  @Override
  public String toString() {
    return "Secret[" + value.length + " bytes, <redacted>]";
  }
}
