package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.util.List;
import java.util.Optional;

/// Published MLS key packages per identity, single-use like Signal's one-time pre-keys, plus one last-resort package.
public interface KeyPackageStore {

  /// Adds `batch` (each with `lastResort == false`) to the identity's packages; a package whose ref is already stored
  /// for that identity is skipped. `lastResort`, if present (with `lastResort == true`), replaces the identity's
  /// previous last-resort package. All of it is durable, as one unit, before this returns.
  void publish(IdentityKey identity, List<StoredKeyPackage> batch, Optional<StoredKeyPackage> lastResort);

  /// Removes and returns one single-use package (oldest first), atomically: under any concurrency each package is
  /// handed out at most once. Only when none is left, returns the last-resort package without removing it.
  /// Empty when the identity has neither.
  Optional<StoredKeyPackage> take(IdentityKey identity);

  KeyPackageCount count(IdentityKey identity);
}
