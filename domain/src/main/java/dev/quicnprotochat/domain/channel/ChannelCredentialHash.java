package dev.quicnprotochat.domain.channel;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// SHA-256 of a [ChannelCredential], registered with the server for one channel epoch.
public record ChannelCredentialHash(Bytes value) {

  public static final int LENGTH = 32;

  public ChannelCredentialHash {
    Objects.requireNonNull(value, "channel credential hash");
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException("a channel credential hash has 32 bytes, got " + value.length());
    }
  }

  /// Constant-time comparison, so a probing sender learns nothing from timing.
  public boolean matches(ChannelCredential credential) {
    return value.constantTimeEquals(credential.hash().value());
  }
}
