package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// [KeyPackageStore] as a queue per identity under one lock.
public final class InMemoryKeyPackageStore implements KeyPackageStore {

  private final Map<IdentityKey, Deque<StoredKeyPackage>> batches = new HashMap<>();
  private final Map<IdentityKey, StoredKeyPackage> lastResorts = new HashMap<>();

  @Override
  public synchronized void publish(
      IdentityKey identity, List<StoredKeyPackage> batch, Optional<StoredKeyPackage> lastResort) {
    if (batch.stream().anyMatch(StoredKeyPackage::lastResort) || lastResort.filter(p -> !p.lastResort()).isPresent()) {
      throw new IllegalArgumentException("last-resort flags do not match their position");
    }
    Deque<StoredKeyPackage> queue = batches.computeIfAbsent(identity, key -> new ArrayDeque<>());
    for (StoredKeyPackage keyPackage : batch) {
      if (queue.stream().noneMatch(stored -> stored.ref().equals(keyPackage.ref()))) {
        queue.addLast(keyPackage);
      }
    }
    lastResort.ifPresent(keyPackage -> lastResorts.put(identity, keyPackage));
  }

  @Override
  public synchronized Optional<StoredKeyPackage> take(IdentityKey identity) {
    Deque<StoredKeyPackage> queue = batches.get(identity);
    if (queue != null && !queue.isEmpty()) {
      return Optional.of(queue.removeFirst());
    }
    return Optional.ofNullable(lastResorts.get(identity));
  }

  @Override
  public synchronized KeyPackageCount count(IdentityKey identity) {
    Deque<StoredKeyPackage> queue = batches.get(identity);
    return new KeyPackageCount(queue == null ? 0 : queue.size(), lastResorts.containsKey(identity));
  }
}
