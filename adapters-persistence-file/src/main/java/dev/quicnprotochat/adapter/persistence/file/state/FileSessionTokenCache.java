package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.SessionTokenCache;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// [SessionTokenCache] in `sessions.qpc`, read, changed and replaced atomically under the file's lock.
///
/// Body: count (u32), then per session: host (u16 length, UTF-8), port (u16), username (u16 length, UTF-8),
/// token (32 bytes), expiry (seconds i64, nanos u32). There is at most one session per server and username, so
/// expired ones need no purge: they are replaced at the next login or removed by the caller.
public final class FileSessionTokenCache implements SessionTokenCache {

  static final String FILE_NAME = "sessions.qpc";

  private record Key(ServerAddress server, Username username) {}

  private final StateDirectory state;
  private final Path file;

  public FileSessionTokenCache(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public void put(CachedSession session) {
    synchronized (state.lockFor(file)) {
      Map<Key, CachedSession> sessions = read();
      sessions.put(new Key(session.server(), session.username()), session);
      write(sessions);
    }
  }

  @Override
  public Optional<CachedSession> find(ServerAddress server, Username username, Instant now) {
    synchronized (state.lockFor(file)) {
      return Optional.ofNullable(read().get(new Key(server, username))).filter(session -> !session.isExpiredAt(now));
    }
  }

  @Override
  public boolean remove(ServerAddress server, Username username) {
    synchronized (state.lockFor(file)) {
      Map<Key, CachedSession> sessions = read();
      if (sessions.remove(new Key(server, username)) == null) {
        return false;
      }
      write(sessions);
      return true;
    }
  }

  private void write(Map<Key, CachedSession> sessions) {
    BodyWriter out = new BodyWriter().u32(sessions.size());
    for (CachedSession session : sessions.values()) {
      byte[] token = session.token().toByteArray();
      out.utf8(session.server().host()).u16(session.server().port()).utf8(session.username().value()).raw(token)
          .instant(session.expiresAt());
      Arrays.fill(token, (byte) 0);
    }
    try {
      state.write(file, FileKind.SESSION_TOKENS, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the session tokens", e);
    }
  }

  private Map<Key, CachedSession> read() {
    Map<Key, CachedSession> sessions = new LinkedHashMap<>();
    try {
      Optional<byte[]> body = state.read(file, FileKind.SESSION_TOKENS);
      if (body.isPresent()) {
        decode(body.get(), sessions);
      }
      return sessions;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the session tokens", e);
    }
  }

  private void decode(byte[] body, Map<Key, CachedSession> sessions) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    try {
      long count = in.u32();
      for (long i = 0; i < count; i++) {
        String host = in.utf8();
        int port = in.u16();
        String username = in.utf8();
        byte[] token = in.raw(SessionToken.LENGTH);
        Instant expiresAt = in.instant();
        try {
          CachedSession session = new CachedSession(new ServerAddress(host, port), Username.of(username),
              SessionToken.of(token), expiresAt);
          sessions.put(new Key(session.server(), session.username()), session);
        } catch (IllegalArgumentException e) {
          throw in.corrupt("holds an invalid cached session");
        } finally {
          Arrays.fill(token, (byte) 0);
        }
      }
      in.end();
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }
}
