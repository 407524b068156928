package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// [KeyPackageSecretStore] in a concurrent map.
public final class InMemoryKeyPackageSecretStore implements KeyPackageSecretStore {

  private final Map<KeyPackageRef, KeyPackageSecret> secrets = new ConcurrentHashMap<>();

  @Override
  public void saveAll(List<KeyPackageSecret> batch) {
    batch.forEach(secret -> secrets.put(secret.ref(), secret));
  }

  @Override
  public Optional<KeyPackageSecret> take(KeyPackageRef ref) {
    KeyPackageSecret[] taken = new KeyPackageSecret[1];
    // computeIfPresent runs atomically per key, so concurrent takers of one single-use secret cannot both get it
    secrets.computeIfPresent(ref, (key, secret) -> {
      taken[0] = secret;
      return secret.lastResort() ? secret : null;
    });
    return Optional.ofNullable(taken[0]);
  }

  @Override
  public boolean remove(KeyPackageRef ref) {
    return secrets.remove(ref) != null;
  }

  @Override
  public List<KeyPackageRef> refs() {
    return List.copyOf(secrets.keySet());
  }
}
