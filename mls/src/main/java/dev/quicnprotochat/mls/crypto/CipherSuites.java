package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.UsageException;

/// Looks up the implemented cipher suites by their RFC 9420 §17.1 code point.
public final class CipherSuites {

  private CipherSuites() {
  }

  /// The suite with code point `id`; an unknown or unimplemented id is a [UsageException].
  public static CipherSuite byId(int id) {
    // TODO(mls building blocks): suites 1-7 land here.
    throw new UsageException("cipher suite " + id + " is not implemented");
  }
}
