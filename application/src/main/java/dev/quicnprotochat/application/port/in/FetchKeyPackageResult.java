package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.util.Objects;

/// What [FetchKeyPackageUseCase] answers.
public sealed interface FetchKeyPackageResult
    permits FetchKeyPackageResult.KeyPackageFound, FetchKeyPackageResult.NoKeyPackage, UnknownUser,
    Unauthenticated, RateLimited {

  /// One key package, now taken (unless it is the last-resort one).
  record KeyPackageFound(StoredKeyPackage keyPackage) implements FetchKeyPackageResult {

    public KeyPackageFound {
      Objects.requireNonNull(keyPackage, "key package");
    }
  }

  /// The owner is registered but has no key package left.
  record NoKeyPackage() implements FetchKeyPackageResult {}
}
