package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.application.port.out.contract.SessionStoreContract;

/// Proves [InMemorySessionStore] against the contract every real adapter must pass.
class InMemorySessionStoreTest extends SessionStoreContract {

  private final InMemorySessionStore store = new InMemorySessionStore();

  @Override
  protected SessionStore store() {
    return store;
  }
}
