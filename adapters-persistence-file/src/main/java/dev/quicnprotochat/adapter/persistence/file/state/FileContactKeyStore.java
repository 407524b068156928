package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.ContactKeyStore;
import dev.quicnprotochat.domain.clientstate.ContactKeyCheck;
import dev.quicnprotochat.domain.clientstate.KnownContact;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/// [ContactKeyStore] in `contacts.qpc`, read, changed and replaced atomically under the file's lock. Sealed like
/// the rest: who the user talks to is as private as what they say.
///
/// Body: count (u32), then per contact: username (u16 length, UTF-8), identity key (32 bytes), since (seconds i64,
/// nanos u32).
public final class FileContactKeyStore implements ContactKeyStore {

  static final String FILE_NAME = "contacts.qpc";

  private final StateDirectory state;
  private final Path file;

  public FileContactKeyStore(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public ContactKeyCheck check(Username username, IdentityKey seen, Instant seenAt) {
    synchronized (state.lockFor(file)) {
      TreeMap<Username, KnownContact> contacts = read();
      KnownContact recorded = contacts.get(username);
      if (recorded == null) {
        KnownContact first = new KnownContact(username, seen, seenAt);
        contacts.put(username, first);
        write(contacts);
        return new ContactKeyCheck.FirstSeen(first);
      }
      return recorded.identityKey().equals(seen)
          ? new ContactKeyCheck.Unchanged(recorded)
          : new ContactKeyCheck.KeyChanged(recorded, seen);
    }
  }

  @Override
  public void accept(Username username, IdentityKey key, Instant at) {
    synchronized (state.lockFor(file)) {
      TreeMap<Username, KnownContact> contacts = read();
      contacts.put(username, new KnownContact(username, key, at));
      write(contacts);
    }
  }

  @Override
  public Optional<KnownContact> find(Username username) {
    synchronized (state.lockFor(file)) {
      return Optional.ofNullable(read().get(username));
    }
  }

  @Override
  public List<KnownContact> list() {
    synchronized (state.lockFor(file)) {
      return List.copyOf(read().values());
    }
  }

  private void write(TreeMap<Username, KnownContact> contacts) {
    BodyWriter out = new BodyWriter().u32(contacts.size());
    for (KnownContact known : contacts.values()) {
      out.utf8(known.username().value()).raw(known.identityKey().value().toByteArray()).instant(known.since());
    }
    try {
      state.write(file, FileKind.CONTACT_KEYS, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the contact keys", e);
    }
  }

  private TreeMap<Username, KnownContact> read() {
    TreeMap<Username, KnownContact> contacts = new TreeMap<>();
    try {
      Optional<byte[]> body = state.read(file, FileKind.CONTACT_KEYS);
      if (body.isPresent()) {
        decode(body.get(), contacts);
      }
      return contacts;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the contact keys", e);
    }
  }

  private void decode(byte[] body, TreeMap<Username, KnownContact> contacts) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    long count = in.u32();
    for (long i = 0; i < count; i++) {
      String username = in.utf8();
      byte[] key = in.raw(IdentityKey.LENGTH);
      Instant since = in.instant();
      try {
        KnownContact contact = new KnownContact(Username.of(username), IdentityKey.of(key), since);
        contacts.put(contact.username(), contact);
      } catch (IllegalArgumentException e) {
        throw in.corrupt("holds an invalid contact");
      }
    }
    in.end();
  }
}
