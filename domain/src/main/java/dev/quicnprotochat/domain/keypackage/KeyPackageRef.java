package dev.quicnprotochat.domain.keypackage;

import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// An MLS `KeyPackageRef` (RFC 9420 §5.2): `RefHash("MLS 1.0 KeyPackage Reference", KeyPackage)`, computed by the
/// key-package validator with the package's cipher suite hash. The server uses it to recognise duplicates.
public record KeyPackageRef(Bytes value) {

  public static final int MAX_LENGTH = 64;

  public KeyPackageRef {
    Objects.requireNonNull(value, "key package ref");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a key package ref has 1 to 64 bytes, got " + value.length());
    }
  }
}
