package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.contract.KeyPackageStoreContract;

/// Proves [InMemoryKeyPackageStore] against the contract every real adapter must pass.
class InMemoryKeyPackageStoreTest extends KeyPackageStoreContract {

  private final InMemoryKeyPackageStore store = new InMemoryKeyPackageStore();

  @Override
  protected KeyPackageStore store() {
    return store;
  }
}
