package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import java.util.Objects;

/// What [CountKeyPackagesUseCase] answers.
public sealed interface CountKeyPackagesResult
    permits CountKeyPackagesResult.Counted, Unauthenticated, RateLimited {

  /// The caller's remaining key packages.
  record Counted(KeyPackageCount count) implements CountKeyPackagesResult {

    public Counted {
      Objects.requireNonNull(count, "count");
    }
  }
}
