package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import java.util.Objects;

/// What [ReplenishKeyPackagesUseCase] answers.
public sealed interface ReplenishKeyPackagesResult permits ReplenishKeyPackagesResult.Sufficient,
    ReplenishKeyPackagesResult.Published, NoIdentity, ServerRefused, ServerUnreachable {

  /// Nothing to do: the server holds `count`.
  record Sufficient(KeyPackageCount count) implements ReplenishKeyPackagesResult {
    public Sufficient {
      Objects.requireNonNull(count, "count");
    }
  }

  /// Published `singleUse` packages (and a last-resort one when `lastResort`); the server now holds `count`.
  record Published(int singleUse, boolean lastResort, KeyPackageCount count) implements ReplenishKeyPackagesResult {
    public Published {
      Objects.requireNonNull(count, "count");
    }
  }
}
