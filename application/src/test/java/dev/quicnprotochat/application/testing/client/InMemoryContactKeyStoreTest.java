package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.application.port.out.client.contract.ContactKeyStoreContract;

/// Proves [InMemoryContactKeyStore] against the contract every real adapter must pass.
class InMemoryContactKeyStoreTest extends ContactKeyStoreContract {

  private final InMemoryContactKeyStore fake = new InMemoryContactKeyStore();

  @Override
  protected ContactKeyStore store() {
    return fake;
  }
}
