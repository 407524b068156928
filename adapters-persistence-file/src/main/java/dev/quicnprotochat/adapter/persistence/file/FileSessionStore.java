package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Login sessions in `sessions.log`. Records: `1 = saved(token hash, username, identity key, created, expires)`,
/// `2 = revoked(token hash)`, `3 = purged(now)`.
public final class FileSessionStore extends LoggedStore implements SessionStore {

  private static final int SAVED = 1;
  private static final int REVOKED = 2;
  private static final int PURGED = 3;

  private final Map<SessionTokenHash, Session> sessions = new HashMap<>();

  public FileSessionStore(Path dataDirectory) throws IOException {
    openLog(dataDirectory.resolve("sessions.log"));
  }

  @Override
  public void save(Session session) {
    write(() -> new Pending<>(null, commit(encode(session))));
  }

  @Override
  public Optional<Session> findActive(SessionTokenHash tokenHash, Instant now) {
    lock.lock();
    try {
      return Optional.ofNullable(sessions.get(tokenHash)).filter(s -> !s.isExpiredAt(now));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean revoke(SessionTokenHash tokenHash) {
    return write(() -> sessions.containsKey(tokenHash)
        ? new Pending<>(true, commit(new RecordWriter(REVOKED).bytes(tokenHash.value()).toByteArray()))
        : new Pending<>(false, null));
  }

  @Override
  public int purgeExpired(Instant now) {
    return write(() -> {
      int expired = (int) sessions.values().stream().filter(s -> s.isExpiredAt(now)).count();
      if (expired == 0) {
        return new Pending<>(0, null);
      }
      return new Pending<>(expired, commit(new RecordWriter(PURGED).instant(now).toByteArray()));
    });
  }

  private static byte[] encode(Session s) {
    return new RecordWriter(SAVED).bytes(s.tokenHash().value()).string(s.username().value()).key(s.identityKey())
        .instant(s.createdAt()).instant(s.expiresAt()).toByteArray();
  }

  @Override
  protected void apply(byte[] record) throws IOException {
    RecordReader in = new RecordReader(record);
    int tag = in.u8();
    switch (tag) {
      case SAVED -> {
        Session s = new Session(new SessionTokenHash(in.bytes()), Username.of(in.string()), in.key(), in.instant(),
            in.instant());
        sessions.put(s.tokenHash(), s);
      }
      case REVOKED -> sessions.remove(new SessionTokenHash(in.bytes()));
      case PURGED -> {
        Instant now = in.instant();
        sessions.values().removeIf(s -> s.isExpiredAt(now));
      }
      default -> throw new IOException("unknown session record type " + tag);
    }
    in.end();
  }

  @Override
  protected List<byte[]> snapshot() {
    return sessions.values().stream().map(FileSessionStore::encode).toList();
  }
}
