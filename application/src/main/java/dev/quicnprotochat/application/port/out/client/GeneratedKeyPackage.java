package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// A fresh key package: the MLSMessage-encoded KeyPackage to publish and the private keys to keep (their ref is the
/// package's KeyPackageRef, RFC 9420 §5.2).
public record GeneratedKeyPackage(Bytes keyPackage, KeyPackageSecret secret) {
  public GeneratedKeyPackage {
    Objects.requireNonNull(keyPackage, "key package");
    Objects.requireNonNull(secret, "secret");
  }
}
