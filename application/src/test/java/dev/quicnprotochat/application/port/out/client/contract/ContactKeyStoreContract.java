package dev.quicnprotochat.application.port.out.client.contract;

import static dev.quicnprotochat.application.testing.client.ClientStateTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.clientstate.KnownContact;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// What every [ContactKeyStore] adapter must do; extend it and implement [#store()]. Override [#reopened()] when
/// the adapter persists.
@Timeout(30)
public abstract class ContactKeyStoreContract {

  private static final Instant FIRST = Instant.parse("2026-03-01T12:00:00.5Z");
  private static final Instant LATER = Instant.parse("2026-03-02T08:00:00Z");
  private static final Username BOB = Username.of("bob");

  protected abstract ContactKeyStore store();

  /// The same store after closing and opening it again; by default the store itself.
  protected ContactKeyStore reopened() throws Exception {
    return store();
  }

  @Test
  void firstKeySeenIsRecorded() throws Exception {
    IdentityKey key = anIdentityKey();
    KnownContact expected = new KnownContact(BOB, key, FIRST);
    assertEquals(new ContactKeyCheck.FirstSeen(expected), store().check(BOB, key, FIRST));
    assertEquals(Optional.of(expected), reopened().find(BOB));
  }

  @Test
  void sameKeyAgainIsUnchanged() throws Exception {
    IdentityKey key = anIdentityKey();
    store().check(BOB, key, FIRST);
    assertEquals(new ContactKeyCheck.Unchanged(new KnownContact(BOB, key, FIRST)), reopened().check(BOB, key, LATER));
  }

  @Test
  void differentKeyIsReportedAndTheRecordedOneKept() throws Exception {
    IdentityKey original = anIdentityKey();
    IdentityKey impostor = anIdentityKey();
    store().check(BOB, original, FIRST);
    ContactKeyCheck check = store().check(BOB, impostor, LATER);
    ContactKeyCheck.KeyChanged changed = assertInstanceOf(ContactKeyCheck.KeyChanged.class, check);
    assertEquals(original, changed.recorded().identityKey());
    assertEquals(impostor, changed.seen());
    assertEquals(Optional.of(new KnownContact(BOB, original, FIRST)), reopened().find(BOB));
  }

  @Test
  void acceptedKeyReplacesTheRecordedOne() throws Exception {
    IdentityKey original = anIdentityKey();
    IdentityKey rotated = anIdentityKey();
    store().check(BOB, original, FIRST);
    store().accept(BOB, rotated, LATER);
    assertEquals(Optional.of(new KnownContact(BOB, rotated, LATER)), reopened().find(BOB));
    assertInstanceOf(ContactKeyCheck.Unchanged.class, reopened().check(BOB, rotated, LATER));
  }

  @Test
  void listIsOrderedByUsername() throws Exception {
    IdentityKey carol = anIdentityKey();
    IdentityKey alice = anIdentityKey();
    store().check(Username.of("carol"), carol, FIRST);
    store().check(Username.of("alice"), alice, FIRST);
    assertEquals(List.of(new KnownContact(Username.of("alice"), alice, FIRST),
        new KnownContact(Username.of("carol"), carol, FIRST)), reopened().list());
  }

  @Test
  void unknownUsernameFindsNothing() {
    assertEquals(Optional.empty(), store().find(BOB));
  }
}
