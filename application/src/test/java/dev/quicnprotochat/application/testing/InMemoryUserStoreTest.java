package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.application.port.out.contract.UserStoreContract;

/// Proves [InMemoryUserStore] against the contract every real adapter must pass.
class InMemoryUserStoreTest extends UserStoreContract {

  private final InMemoryUserStore store = new InMemoryUserStore();

  @Override
  protected UserStore store() {
    return store;
  }
}
