package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.InboxStore;
import dev.quicnprotochat.application.port.out.contract.InboxStoreContract;

/// Proves [InMemoryInboxStore] against the contract every real adapter must pass.
class InMemoryInboxStoreTest extends InboxStoreContract {

  private final InMemoryInboxStore store = new InMemoryInboxStore();

  @Override
  protected InboxStore store() {
    return store;
  }
}
