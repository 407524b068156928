package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.contract.IdentityVaultContract;

/// Proves [InMemoryIdentityVault] against the contract every real adapter must pass.
class InMemoryIdentityVaultTest extends IdentityVaultContract {

  private final InMemoryIdentityVault fake = new InMemoryIdentityVault();

  @Override
  protected IdentityVault vault() {
    return fake;
  }
}
