package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.application.port.out.client.contract.SessionTokenCacheContract;

/// Proves [InMemorySessionTokenCache] against the contract every real adapter must pass.
class InMemorySessionTokenCacheTest extends SessionTokenCacheContract {

  private final InMemorySessionTokenCache fake = new InMemorySessionTokenCache();

  @Override
  protected SessionTokenCache cache() {
    return fake;
  }
}
