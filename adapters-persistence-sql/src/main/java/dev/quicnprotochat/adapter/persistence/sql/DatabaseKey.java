package dev.quicnprotochat.adapter.persistence.sql;

import java.util.Arrays;
import java.util.HexFormat;

/// A raw 256-bit SQLCipher key. Being raw, it skips SQLCipher's own PBKDF2: the key already comes out of Argon2id.
///
/// Holds a secret: `toString` is redacted, and [#destroy()] wipes it once the pool no longer needs it.
public final class DatabaseKey {

  public static final int LENGTH = 32;

  private final byte[] key;

  private DatabaseKey(byte[] key) {
    this.key = key;
  }

  /// Copies `key`; the caller may wipe its array afterwards.
  public static DatabaseKey of(byte[] key) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("a database key has " + LENGTH + " bytes");
    }
    return new DatabaseKey(key.clone());
  }

  byte[] bytes() {
    return key.clone();
  }

  /// The SQLCipher raw-key literal, `x'<64 hex digits>'`, for `PRAGMA key` / `PRAGMA rekey`.
  String rawKeyLiteral() {
    return "x'" + HexFormat.of().formatHex(key) + "'";
  }

  public void destroy() {
    Arrays.fill(key, (byte) 0);
  }

  @Override
  public String toString() {
    return "DatabaseKey[redacted]";
  }
}
