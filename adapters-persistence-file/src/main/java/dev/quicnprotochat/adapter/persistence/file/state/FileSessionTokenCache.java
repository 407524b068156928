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

/// [SessionTokenCache] in `sessions.qpc`, rewritten atomically on every change and kept in memory between.
///
/// Body: count (u32), then per session: host (u16 length, UTF-8), port (u16), username (u16 length, UTF-8),
/// token (32 bytes), expiry (seconds i64, nanos u32). There is at most one session per server and username, so
/// expired ones need no purge: they are replaced at the next login or removed by the caller.
public final class FileSessionTokenCache implements SessionTokenCache {

  static final String FILE_NAME = "sessions.qpc";

  private record Key(ServerAddress server, Username username) {}

  private final StateDirectory state;
  private final Path file;
  private final Map<Key, CachedSession> sessions = new LinkedHashMap<>();

  public FileSessionTokenCache(StateDirectory state) throws IOException {
    this.state = state;
    this.file = state.file(FILE_NAME);
    Optional<byte[]> body = state.read(file, FileKind.SESSION_TOKENS);
    if (body.isPresent()) {
      decode(body.get());
    }
  }

  @Override
  public synchronized void put(CachedSession session) {
    Map<Key, CachedSession> before = new LinkedHashMap<>(sessions);
    sessions.put(new Key(session.server(), session.username()), session);
    persistOrRestore(before);
  }

  @Override
  public synchronized Optional<CachedSession> find(ServerAddress server, Username username, Instant now) {
    return Optional.ofNullable(sessions.get(new Key(server, username))).filter(session -> !session.isExpiredAt(now));
  }

  @Override
  public synchronized boolean remove(ServerAddress server, Username username) {
    Map<Key, CachedSession> before = new LinkedHashMap<>(sessions);
    if (sessions.remove(new Key(server, username)) == null) {
      return false;
    }
    persistOrRestore(before);
    return true;
  }

  private void persistOrRestore(Map<Key, CachedSession> before) {
    try {
      BodyWriter out = new BodyWriter().u32(sessions.size());
      for (CachedSession session : sessions.values()) {
        byte[] token = session.token().toByteArray();
        out.utf8(session.server().host()).u16(session.server().port()).utf8(session.username().value()).raw(token)
            .instant(session.expiresAt());
        Arrays.fill(token, (byte) 0);
      }
      state.write(file, FileKind.SESSION_TOKENS, out.toByteArray());
    } catch (IOException e) {
      sessions.clear();
      sessions.putAll(before);
      throw new UncheckedIOException("could not store the session tokens", e);
    }
  }

  private void decode(byte[] body) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
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
    Arrays.fill(body, (byte) 0);
  }
}
