package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.clientstate.KnownContact;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/// [ContactKeyStore] in a sorted concurrent map.
public final class InMemoryContactKeyStore implements ContactKeyStore {

  private final ConcurrentSkipListMap<Username, KnownContact> contacts = new ConcurrentSkipListMap<>();

  @Override
  public ContactKeyCheck check(Username username, IdentityKey seen, Instant seenAt) {
    KnownContact candidate = new KnownContact(username, seen, seenAt);
    KnownContact recorded = contacts.putIfAbsent(username, candidate);
    if (recorded == null) {
      return new ContactKeyCheck.FirstSeen(candidate);
    }
    return recorded.identityKey().equals(seen)
        ? new ContactKeyCheck.Unchanged(recorded)
        : new ContactKeyCheck.KeyChanged(recorded, seen);
  }

  @Override
  public void accept(Username username, IdentityKey key, Instant at) {
    contacts.put(username, new KnownContact(username, key, at));
  }

  @Override
  public Optional<KnownContact> find(Username username) {
    return Optional.ofNullable(contacts.get(username));
  }

  @Override
  public List<KnownContact> list() {
    return List.copyOf(contacts.values());
  }
}
