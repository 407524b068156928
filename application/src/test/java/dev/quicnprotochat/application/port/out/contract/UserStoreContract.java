package dev.quicnprotochat.application.port.out.contract;

import static dev.quicnprotochat.application.testing.ServerTestData.aRegisteredUser;
import static dev.quicnprotochat.application.testing.ServerTestData.aRegistrationRecord;
import static dev.quicnprotochat.application.testing.ServerTestData.aUsername;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.application.port.out.UserStore.AddResult;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [UserStore] adapter must do; extend it and implement [#store].
@Timeout(30)
public abstract class UserStoreContract {

  /// The store under test; the same instance for the whole test method.
  protected abstract UserStore store();

  @Test
  void addedUserIsFoundByUsernameAndByIdentityKey() {
    RegisteredUser user = aRegisteredUser();
    assertEquals(AddResult.ADDED, store().add(user));
    assertEquals(Optional.of(user), store().findByUsername(user.username()));
    assertEquals(Optional.of(user), store().findByIdentityKey(user.identityKey()));
  }

  @Test
  void unknownUserIsNotFound() {
    assertEquals(Optional.empty(), store().findByUsername(aUsername()));
    assertEquals(Optional.empty(), store().findByIdentityKey(anIdentityKey()));
  }

  @Test
  void usernameIsUnique() {
    RegisteredUser first = aRegisteredUser();
    store().add(first);
    RegisteredUser second = new RegisteredUser(
        first.username(), anIdentityKey(), aRegistrationRecord(), Instant.parse("2026-02-01T00:00:00Z"));
    assertEquals(AddResult.USERNAME_TAKEN, store().add(second));
    assertEquals(Optional.of(first), store().findByUsername(first.username()));
    assertEquals(Optional.empty(), store().findByIdentityKey(second.identityKey()));
  }

  @Test
  void usernameUniquenessIgnoresCase() {
    RegisteredUser first = aRegisteredUser();
    store().add(first);
    Username shouted = Username.of(first.username().value().toUpperCase());
    RegisteredUser second = new RegisteredUser(shouted, anIdentityKey(), aRegistrationRecord(), first.registeredAt());
    assertEquals(AddResult.USERNAME_TAKEN, store().add(second));
  }

  @Test
  void identityKeyIsUnique() {
    RegisteredUser first = aRegisteredUser();
    store().add(first);
    RegisteredUser second = new RegisteredUser(
        aUsername(), first.identityKey(), aRegistrationRecord(), first.registeredAt());
    assertEquals(AddResult.IDENTITY_KEY_TAKEN, store().add(second));
    assertEquals(Optional.empty(), store().findByUsername(second.username()));
  }

  @Test
  void concurrentRegistrationsOfOneUsernameAddExactlyOne() throws Exception {
    Username contested = aUsername();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<AddResult>> attempts = IntStream.range(0, threads)
          .<Callable<AddResult>>mapToObj(i -> () -> store().add(
              new RegisteredUser(contested, anIdentityKey(), aRegistrationRecord(), Instant.EPOCH)))
          .toList();
      List<AddResult> results = pool.invokeAll(attempts).stream().map(ContractSupport::join).toList();
      assertEquals(1, results.stream().filter(r -> r == AddResult.ADDED).count(), results.toString());
      assertTrue(results.stream().allMatch(r -> r == AddResult.ADDED || r == AddResult.USERNAME_TAKEN));
    } finally {
      pool.shutdownNow();
    }
  }
}
