package dev.quicnprotochat.domain.channel;

import dev.quicnprotochat.mls.codec.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/// A per-epoch secret every member of a channel can compute (clients export it from the MLS epoch with
/// `MLS-Exporter`, RFC 9420 §8.5) and present to send a sealed-sender message without saying who they are.
///
/// The server stores only its [ChannelCredentialHash]; `toString` is redacted.
public final class ChannelCredential {

  public static final int MIN_LENGTH = 16;
  public static final int MAX_LENGTH = 64;

  private final byte[] value;

  private ChannelCredential(byte[] value) {
    this.value = value;
  }

  public static ChannelCredential of(byte[] value) {
    Objects.requireNonNull(value, "channel credential");
    if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) {
      throw new IllegalArgumentException("a channel credential has 16 to 64 bytes, got " + value.length);
    }
    return new ChannelCredential(value.clone());
  }

  /// SHA-256 of the credential.
  public ChannelCredentialHash hash() {
    try {
      return new ChannelCredentialHash(Bytes.wrap(MessageDigest.getInstance("SHA-256").digest(value)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "ChannelCredential[redacted]";
  }
}
