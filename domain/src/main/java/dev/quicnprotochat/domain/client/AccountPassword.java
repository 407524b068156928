package dev.quicnprotochat.domain.client;

import java.util.Arrays;
import java.util.Objects;

/// The password of a user's server account, fed to the OPAQUE client (RFC 9807 §5, §6): it never leaves the
/// client. Held as UTF-8 bytes so the OPAQUE client can use it directly, and wipeable with [#clear()].
///
/// A secret: `toString` is redacted and it has no value equality.
public final class AccountPassword implements AutoCloseable {

  private final byte[] utf8;
  private volatile boolean cleared;

  private AccountPassword(byte[] utf8) {
    this.utf8 = utf8;
  }

  /// Copies `utf8`; the caller may wipe its array. An empty password is refused: OPAQUE would accept it, but it
  /// protects nothing.
  public static AccountPassword of(byte[] utf8) {
    Objects.requireNonNull(utf8, "password");
    if (utf8.length == 0) {
      throw new IllegalArgumentException("a password must not be empty");
    }
    return new AccountPassword(utf8.clone());
  }

  /// A copy of the UTF-8 bytes for the OPAQUE client; the caller wipes it after use.
  public byte[] utf8() {
    if (cleared) {
      throw new IllegalStateException("the password was cleared");
    }
    return utf8.clone();
  }

  /// Overwrites the bytes with zeros.
  public void clear() {
    cleared = true;
    Arrays.fill(utf8, (byte) 0);
  }

  @Override
  public void close() {
    clear();
  }

  @Override
  public String toString() {
    return "AccountPassword[redacted]";
  }
}
