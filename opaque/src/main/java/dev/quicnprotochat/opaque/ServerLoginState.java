package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.KE3;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/// The server's state between sending KE2 and receiving KE3 (RFC 9807 §6.2.4 ServerFinish). Single use: a second
/// [#finish] throws [OpaqueUsageException], and the secrets are wiped after the first. `toString` redacts.
public final class ServerLoginState {

  private final OpaqueConfig config;
  private final KE2 ke2;
  private final byte[] expectedClientMac;
  private final byte[] sessionKey;
  private final AtomicBoolean used = new AtomicBoolean();

  ServerLoginState(OpaqueConfig config, KE2 ke2, byte[] expectedClientMac, byte[] sessionKey) {
    this.config = config;
    this.ke2 = ke2;
    this.expectedClientMac = expectedClientMac;
    this.sessionKey = sessionKey;
  }

  /// The message to send to the client.
  public KE2 ke2() {
    return ke2;
  }

  /// Checks the client's MAC and returns the session key (Nx bytes).
  ///
  /// @throws OpaqueAuthenticationException if the client MAC is wrong (wrong password, unknown user, tampering)
  /// @throws OpaqueUsageException if called more than once
  public byte[] finish(KE3 ke3) {
    if (!used.compareAndSet(false, true)) {
      throw new OpaqueUsageException("ServerLoginState already used");
    }
    try {
      if (ke3.length() != config.hashLength() || !MessageDigest.isEqual(expectedClientMac, ke3.clientMac())) {
        throw new OpaqueAuthenticationException("login failed: client authentication failed");
      }
      return sessionKey.clone();
    } finally {
      Arrays.fill(expectedClientMac, (byte) 0);
      Arrays.fill(sessionKey, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "ServerLoginState[<redacted>, used=" + used.get() + "]";
  }
}
