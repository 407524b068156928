package dev.quicnprotochat.domain.clientstate;

import java.util.Arrays;
import java.util.Objects;

/// The password that encrypts a client's state directory. Held as characters so it can be wiped: [#clear()]
/// overwrites them, after which the password can no longer be read.
///
/// A secret: `toString` is redacted, and it has no value equality (comparing passwords is never needed).
public final class StatePassword implements AutoCloseable {

  private final char[] chars;
  private volatile boolean cleared;

  private StatePassword(char[] chars) {
    this.chars = chars;
  }

  /// Copies `password`; the caller may (and should) wipe its array afterwards. An empty password is refused: it
  /// would encrypt with a key anyone can derive while looking protected.
  public static StatePassword of(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("a state password must not be empty");
    }
    return new StatePassword(password.clone());
  }

  /// A copy of the characters, for the key derivation; the caller wipes it after use.
  public char[] chars() {
    if (cleared) {
      throw new IllegalStateException("the state password was cleared");
    }
    return chars.clone();
  }

  public boolean isCleared() {
    return cleared;
  }

  /// Overwrites the characters with zeros.
  public void clear() {
    cleared = true;
    Arrays.fill(chars, '\0');
  }

  @Override
  public void close() {
    clear();
  }

  @Override
  public String toString() {
    return "StatePassword[redacted]";
  }
}
