package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import java.util.Objects;

/// What [PublishKeyPackagesUseCase] answers.
public sealed interface PublishKeyPackagesResult
    permits PublishKeyPackagesResult.Published, PublishKeyPackagesResult.InvalidKeyPackage,
    PublishKeyPackagesResult.TooManyKeyPackages, InvalidRequest, Unauthenticated, RateLimited {

  /// Stored; `count` is what the caller has now.
  record Published(KeyPackageCount count) implements PublishKeyPackagesResult {

    public Published {
      Objects.requireNonNull(count, "count");
    }
  }

  /// The package at `index` of the batch (or the last-resort one, `index == -1`) failed validation; nothing stored.
  record InvalidKeyPackage(int index, String reason) implements PublishKeyPackagesResult {

    public InvalidKeyPackage {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /// Storing the batch would exceed `limit` single-use packages per identity; nothing stored.
  record TooManyKeyPackages(int limit) implements PublishKeyPackagesResult {}
}
