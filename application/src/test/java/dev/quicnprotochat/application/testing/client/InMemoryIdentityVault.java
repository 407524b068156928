package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/// [IdentityVault] in memory.
public final class InMemoryIdentityVault implements IdentityVault {

  private final AtomicReference<IdentityKeyPair> identity = new AtomicReference<>();

  @Override
  public Optional<IdentityKeyPair> load() {
    return Optional.ofNullable(identity.get());
  }

  @Override
  public boolean create(IdentityKeyPair created) {
    return identity.compareAndSet(null, created);
  }
}
