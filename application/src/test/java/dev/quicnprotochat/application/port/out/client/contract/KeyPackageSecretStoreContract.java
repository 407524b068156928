package dev.quicnprotochat.application.port.out.client.contract;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aKeyPackageRef;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aKeyPackageSecret;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.aLastResortSecret;
import static dev.quicnprotochat.application.testing.client.ClientStateTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.KeyPackageSecretStore;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [KeyPackageSecretStore] adapter must do; extend it and implement [#store()]. Override [#reopened()]
/// when the adapter persists.
@Timeout(30)
public abstract class KeyPackageSecretStoreContract {

  protected abstract KeyPackageSecretStore store();

  /// The same store after closing and opening it again; by default the store itself.
  protected KeyPackageSecretStore reopened() throws Exception {
    return store();
  }

  @Test
  void singleUseSecretIsTakenOnceEvenAfterReopening() throws Exception {
    KeyPackageSecret first = aKeyPackageSecret();
    KeyPackageSecret second = aKeyPackageSecret();
    store().saveAll(List.of(first, second));
    assertEquals(Optional.of(first), store().take(first.ref()));
    assertEquals(Optional.empty(), store().take(first.ref()));
    KeyPackageSecretStore reopened = reopened();
    assertEquals(Optional.empty(), reopened.take(first.ref()));
    assertEquals(Optional.of(second), reopened.take(second.ref()));
  }

  @Test
  void lastResortSecretIsKeptWhenTaken() throws Exception {
    KeyPackageSecret lastResort = aLastResortSecret();
    store().saveAll(List.of(aKeyPackageSecret(), lastResort));
    assertEquals(Optional.of(lastResort), store().take(lastResort.ref()));
    assertEquals(Optional.of(lastResort), reopened().take(lastResort.ref()));
  }

  @Test
  void unknownRefTakesNothing() {
    store().saveAll(List.of(aKeyPackageSecret()));
    assertEquals(Optional.empty(), store().take(aKeyPackageRef()));
  }

  @Test
  void savingTheSameRefReplacesTheSecret() throws Exception {
    KeyPackageSecret original = aKeyPackageSecret();
    KeyPackageSecret replacement = KeyPackageSecret.of(original.ref(), false, randomBytes(48));
    store().saveAll(List.of(original));
    store().saveAll(List.of(replacement));
    assertEquals(List.of(original.ref()), reopened().refs());
    assertEquals(Optional.of(replacement), reopened().take(original.ref()));
  }

  @Test
  void removeDeletesEvenALastResortSecret() throws Exception {
    KeyPackageSecret lastResort = aLastResortSecret();
    store().saveAll(List.of(lastResort));
    assertTrue(store().remove(lastResort.ref()));
    assertFalse(store().remove(lastResort.ref()));
    assertEquals(Optional.empty(), reopened().take(lastResort.ref()));
  }

  @Test
  void refsListEveryStoredSecret() throws Exception {
    List<KeyPackageSecret> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(aKeyPackageSecret());
    }
    batch.add(aLastResortSecret());
    store().saveAll(batch);
    Set<KeyPackageRef> expected = new HashSet<>();
    batch.forEach(secret -> expected.add(secret.ref()));
    assertEquals(expected, new HashSet<>(reopened().refs()));
  }

  @Test
  void concurrentTakersGetASingleUseSecretOnce() throws Exception {
    KeyPackageSecret secret = aKeyPackageSecret();
    store().saveAll(List.of(secret));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<KeyPackageSecret>>> takes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        takes.add(pool.submit(() -> store().take(secret.ref())));
      }
      long handedOut = takes.stream().map(ClientContractSupport::join).filter(Optional::isPresent).count();
      assertEquals(1, handedOut);
    } finally {
      pool.shutdownNow();
    }
  }
}
