package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// [KnownServerStore] in `known-servers.qpc`, read, changed and replaced atomically under the file's lock (sealed
/// with a state password).
///
/// Body: count (u32), then per server: host (u16 length, UTF-8), port (u16), certificate SHA-256 (32 bytes).
public final class FileKnownServerStore implements KnownServerStore {

  static final String FILE_NAME = "known-servers.qpc";

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final int SHA256_LENGTH = 32;
  private static final HexFormat HEX = HexFormat.of();

  private final StateDirectory state;
  private final Path file;

  public FileKnownServerStore(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public Optional<String> fingerprint(ServerAddress server) {
    synchronized (state.lockFor(file)) {
      return Optional.ofNullable(read().get(server));
    }
  }

  @Override
  public String recordIfAbsent(ServerAddress server, String sha256Hex) {
    String fingerprint = sha256Hex.toLowerCase(Locale.ROOT);
    if (!SHA256_HEX.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("a certificate fingerprint is 64 hex digits (SHA-256)");
    }
    synchronized (state.lockFor(file)) {
      Map<ServerAddress, String> known = read();
      String existing = known.putIfAbsent(server, fingerprint);
      if (existing != null) {
        return existing;
      }
      write(known);
      return fingerprint;
    }
  }

  @Override
  public boolean forget(ServerAddress server) {
    synchronized (state.lockFor(file)) {
      Map<ServerAddress, String> known = read();
      if (known.remove(server) == null) {
        return false;
      }
      write(known);
      return true;
    }
  }

  private void write(Map<ServerAddress, String> known) {
    BodyWriter out = new BodyWriter().u32(known.size());
    known.forEach((server, fingerprint) ->
        out.utf8(server.host()).u16(server.port()).raw(HEX.parseHex(fingerprint)));
    try {
      state.write(file, FileKind.KNOWN_SERVERS, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the known server certificates", e);
    }
  }

  private Map<ServerAddress, String> read() {
    Map<ServerAddress, String> known = new LinkedHashMap<>();
    try {
      Optional<byte[]> body = state.read(file, FileKind.KNOWN_SERVERS);
      if (body.isPresent()) {
        decode(body.get(), known);
      }
      return known;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the known server certificates", e);
    }
  }

  private void decode(byte[] body, Map<ServerAddress, String> known) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    long count = in.u32();
    for (long i = 0; i < count; i++) {
      String host = in.utf8();
      int port = in.u16();
      String fingerprint = HEX.formatHex(in.raw(SHA256_LENGTH));
      try {
        known.put(new ServerAddress(host, port), fingerprint);
      } catch (IllegalArgumentException e) {
        throw in.corrupt("holds an invalid server address");
      }
    }
    in.end();
  }
}
