package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.GroupStateStore;
import dev.quicnprotochat.application.port.out.client.contract.GroupStateStoreContract;

/// Proves [InMemoryGroupStateStore] against the contract every real adapter must pass.
class InMemoryGroupStateStoreTest extends GroupStateStoreContract {

  private final InMemoryGroupStateStore fake = new InMemoryGroupStateStore();

  @Override
  protected GroupStateStore store() {
    return fake;
  }
}
