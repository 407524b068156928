package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// A cleartext `known_servers` file (used by `ping` and the benchmark, which have no sealed state): one line per
/// server, `host:port sha256-hex`, like OpenSSH's known_hosts. Lines starting with `#` and blank lines are ignored;
/// a user removes a line to accept a server's new certificate. Failures surface as [UncheckedIOException].
final class KnownServers implements KnownServerStore {
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
  private static final Object LOCK = new Object();

  private final Path file;

  KnownServers(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  @Override
  public Optional<String> fingerprint(ServerAddress server) {
    synchronized (LOCK) {
      return Optional.ofNullable(read().get(server));
    }
  }

  @Override
  public String recordIfAbsent(ServerAddress server, String fingerprint) {
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("a certificate fingerprint is 64 lower-case hex digits (SHA-256)");
    }
    synchronized (LOCK) {
      String existing = read().get(server);
      if (existing != null) {
        return existing;
      }
      String line = server + " " + fingerprint + "\n";
      try {
        if (Files.exists(file)) {
          String content = Files.readString(file, StandardCharsets.UTF_8);
          SecureFiles.replace(file,
              content.isEmpty() || content.endsWith("\n") ? content + line : content + "\n" + line);
        } else {
          SecureFiles.writeNew(file, "# quicnprotochat known servers: host:port sha256-of-certificate\n" + line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
      return fingerprint;
    }
  }

  @Override
  public boolean forget(ServerAddress server) {
    synchronized (LOCK) {
      if (!read().containsKey(server)) {
        return false;
      }
      try {
        List<String> kept = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          Optional<ServerAddress> entry = serverOf(raw.strip());
          if (entry.isEmpty() || !entry.get().equals(server)) {
            kept.add(raw);
          }
        }
        SecureFiles.replace(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
      return true;
    }
  }

  private static Optional<ServerAddress> serverOf(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ServerAddress.parse(line.split("\\s+")[0]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Map<ServerAddress, String> read() {
    Map<ServerAddress, String> entries = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return entries;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      Optional<ServerAddress> server = serverOf(line);
      if (parts.length != 2 || server.isEmpty() || !FINGERPRINT.matcher(parts[1]).matches()) {
        String message = file + " line " + number + " is not 'host:port sha256-hex': fix or remove it";
        throw new UncheckedIOException(message, new IOException(message));
      }
      entries.putIfAbsent(server.get(), parts[1]);
    }
    return entries;
  }
}
