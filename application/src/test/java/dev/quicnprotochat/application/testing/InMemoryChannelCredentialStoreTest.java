package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.ChannelCredentialStore;
import dev.quicnprotochat.application.port.out.contract.ChannelCredentialStoreContract;

/// Proves [InMemoryChannelCredentialStore] against the contract every real adapter must pass.
class InMemoryChannelCredentialStoreTest extends ChannelCredentialStoreContract {

  private final InMemoryChannelCredentialStore store = new InMemoryChannelCredentialStore();

  @Override
  protected ChannelCredentialStore store() {
    return store;
  }
}
