package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Registered users in `users.log` under the data directory. One record type: `1 = added(username, identity key,
/// registration record, registered at)`.
public final class FileUserStore extends LoggedStore implements UserStore {

  private static final int ADDED = 1;

  private final Map<Username, RegisteredUser> byName = new HashMap<>();
  private final Map<IdentityKey, RegisteredUser> byKey = new HashMap<>();

  public FileUserStore(Path dataDirectory) throws IOException {
    openLog(dataDirectory.resolve("users.log"));
  }

  @Override
  public AddResult add(RegisteredUser user) {
    return write(() -> {
      if (byName.containsKey(user.username())) {
        return new Pending<>(AddResult.USERNAME_TAKEN, null);
      }
      if (byKey.containsKey(user.identityKey())) {
        return new Pending<>(AddResult.IDENTITY_KEY_TAKEN, null);
      }
      return new Pending<>(AddResult.ADDED, commit(encode(user)));
    });
  }

  @Override
  public Optional<RegisteredUser> findByUsername(Username username) {
    lock.lock();
    try {
      return Optional.ofNullable(byName.get(username));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<RegisteredUser> findByIdentityKey(IdentityKey identityKey) {
    lock.lock();
    try {
      return Optional.ofNullable(byKey.get(identityKey));
    } finally {
      lock.unlock();
    }
  }

  private static byte[] encode(RegisteredUser user) {
    return new RecordWriter(ADDED).string(user.username().value()).key(user.identityKey())
        .bytes(user.registrationRecord().value()).instant(user.registeredAt()).toByteArray();
  }

  @Override
  protected void apply(byte[] record) throws IOException {
    RecordReader in = new RecordReader(record);
    int tag = in.u8();
    if (tag != ADDED) {
      throw new IOException("unknown user record type " + tag);
    }
    RegisteredUser user = new RegisteredUser(Username.of(in.string()), in.key(), new RegistrationRecord(in.bytes()),
        in.instant());
    in.end();
    byName.put(user.username(), user);
    byKey.put(user.identityKey(), user);
  }

  @Override
  protected List<byte[]> snapshot() {
    return byName.values().stream().map(FileUserStore::encode).toList();
  }
}
