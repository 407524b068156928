package dev.quicnprotochat.domain.keypackage;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// A key package as the server keeps it: the encoded `MLSMessage`/`KeyPackage` bytes, their ref, and whether it is
/// the publisher's last-resort package (RFC 9420 §16.8), which is handed out only when no other package is left and
/// is never consumed.
public record StoredKeyPackage(KeyPackageRef ref, Bytes data, boolean lastResort) {

  public StoredKeyPackage {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(data, "data");
    if (data.isEmpty()) {
      throw new IllegalArgumentException("a key package is never empty");
    }
  }

  @Override
  public String toString() {
    return "StoredKeyPackage[ref=" + ref.value().slice(0, Math.min(4, ref.value().length())).toHex()
        + "…, " + data.length() + " bytes, lastResort=" + lastResort + "]";
  }
}
