package dev.quicnprotochat.domain.channel;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;

/// A channel's identifier; clients use the same bytes as the MLS `group_id`.
///
/// Group channels get 16 random bytes from the server; a direct channel's id is a 32-byte hash of its two members.
/// The lengths differ, so no group id can ever collide with (or squat on) a direct channel's id.
public record ChannelId(Bytes value) {

  public static final int GROUP_LENGTH = 16;
  public static final int DIRECT_LENGTH = 32;
  public static final int MAX_LENGTH = 64;

  private static final byte[] DIRECT_LABEL = "quicnprotochat direct channel v1".getBytes(StandardCharsets.US_ASCII);

  public ChannelId {
    Objects.requireNonNull(value, "channel id");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a channel id has 1 to 64 bytes, got " + value.length());
    }
  }

  /// A fresh group channel id.
  public static ChannelId randomGroupId(SecureRandom random) {
    byte[] value = new byte[GROUP_LENGTH];
    random.nextBytes(value);
    return new ChannelId(Bytes.wrap(value));
  }

  /// The direct channel of two distinct identities: SHA-256(label || smaller key || larger key), so both sides
  /// derive the same id whatever the order of the arguments.
  public static ChannelId direct(IdentityKey a, IdentityKey b) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("a direct channel needs two different identities");
    }
    IdentityKey first = a.compareTo(b) < 0 ? a : b;
    IdentityKey second = first == a ? b : a;
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(DIRECT_LABEL);
      sha256.update(first.value().toByteArray());
      sha256.update(second.value().toByteArray());
      return new ChannelId(Bytes.wrap(sha256.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /// The first four bytes in hex, for logs.
  public String digest() {
    return value.slice(0, Math.min(4, value.length())).toHex();
  }

  @Override
  public String toString() {
    return "ChannelId[" + digest() + "…]";
  }
}
