package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.application.port.out.client.contract.KeyPackageSecretStoreContract;

/// Proves [InMemoryKeyPackageSecretStore] against the contract every real adapter must pass.
class InMemoryKeyPackageSecretStoreTest extends KeyPackageSecretStoreContract {

  private final InMemoryKeyPackageSecretStore fake = new InMemoryKeyPackageSecretStore();

  @Override
  protected KeyPackageSecretStore store() {
    return fake;
  }
}
