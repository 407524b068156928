package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aKeyPackage;
import static dev.quicnprotochat.application.testing.ServerTestData.aLastResortKeyPackage;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [KeyPackageStore] adapter must do; extend it and implement [#store].
@Timeout(60)
public abstract class KeyPackageStoreContract {

  protected abstract KeyPackageStore store();

  private final IdentityKey owner = anIdentityKey();

  @Test
  void takeReturnsEachKeyPackageOnceOldestFirst() {
    StoredKeyPackage first = aKeyPackage();
    StoredKeyPackage second = aKeyPackage();
    store().publish(owner, List.of(first, second), Optional.empty());
    assertEquals(Optional.of(first), store().take(owner));
    assertEquals(Optional.of(second), store().take(owner));
    assertEquals(Optional.empty(), store().take(owner));
  }

  @Test
  void lastResortIsReturnedOnlyWhenTheBatchIsEmptyAndIsNeverConsumed() {
    StoredKeyPackage single = aKeyPackage();
    StoredKeyPackage lastResort = aLastResortKeyPackage();
    store().publish(owner, List.of(single), Optional.of(lastResort));
    assertEquals(Optional.of(single), store().take(owner));
    assertEquals(Optional.of(lastResort), store().take(owner));
    assertEquals(Optional.of(lastResort), store().take(owner));
    assertEquals(new KeyPackageCount(0, true), store().count(owner));
  }

  @Test
  void newLastResortReplacesTheOldOne() {
    store().publish(owner, List.of(), Optional.of(aLastResortKeyPackage()));
    StoredKeyPackage replacement = aLastResortKeyPackage();
    store().publish(owner, List.of(), Optional.of(replacement));
    assertEquals(Optional.of(replacement), store().take(owner));
  }

  @Test
  void countSeesBatchAndLastResort() {
    assertEquals(new KeyPackageCount(0, false), store().count(owner));
    store().publish(owner, List.of(aKeyPackage(), aKeyPackage(), aKeyPackage()), Optional.empty());
    assertEquals(new KeyPackageCount(3, false), store().count(owner));
    store().take(owner);
    store().publish(owner, List.of(aKeyPackage()), Optional.of(aLastResortKeyPackage()));
    assertEquals(new KeyPackageCount(3, true), store().count(owner));
  }

  @Test
  void republishingTheSameRefStoresItOnce() {
    StoredKeyPackage keyPackage = aKeyPackage();
    store().publish(owner, List.of(keyPackage), Optional.empty());
    store().publish(owner, List.of(keyPackage), Optional.empty());
    assertEquals(new KeyPackageCount(1, false), store().count(owner));
  }

  @Test
  void identitiesDoNotShareKeyPackages() {
    IdentityKey other = anIdentityKey();
    store().publish(owner, List.of(aKeyPackage()), Optional.empty());
    assertEquals(Optional.empty(), store().take(other));
    assertEquals(new KeyPackageCount(1, false), store().count(owner));
  }

  @Test
  void concurrentTakesHandOutEveryPackageExactlyOnce() throws Exception {
    int packages = 40;
    int threads = 8;
    List<StoredKeyPackage> batch = new ArrayList<>();
    for (int i = 0; i < packages; i++) {
      batch.add(aKeyPackage());
    }
    store().publish(owner, batch, Optional.empty());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<StoredKeyPackage>>> takers = IntStream.range(0, threads)
          .<Callable<List<StoredKeyPackage>>>mapToObj(i -> () -> {
            List<StoredKeyPackage> taken = new ArrayList<>();
            for (Optional<StoredKeyPackage> next = store().take(owner); next.isPresent(); next = store().take(owner)) {
              taken.add(next.get());
            }
            return taken;
          })
          .toList();
      List<StoredKeyPackage> all = pool.invokeAll(takers).stream()
          .flatMap(future -> ContractSupport.join(future).stream())
          .toList();
      Set<StoredKeyPackage> distinct = new HashSet<>(all);
      assertEquals(packages, all.size(), "every package handed out, none twice");
      assertEquals(new HashSet<>(batch), distinct);
    } finally {
      pool.shutdownNow();
    }
  }
}
