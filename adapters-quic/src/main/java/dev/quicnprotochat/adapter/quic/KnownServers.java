package dev.quicnprotochat.adapter.quic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// The `known_servers` file of a client state directory: one line per server, `host:port sha256-hex`, like
/// OpenSSH's known_hosts. Lines starting with `#` and blank lines are ignored; a user removes a line to accept a
/// server's new certificate.
final class KnownServers {
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
  private static final Object LOCK = new Object();

  private final Path file;

  KnownServers(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  Optional<String> fingerprintOf(String server) throws IOException {
    return Optional.ofNullable(read().get(server));
  }

  /// Records `server` unless it already has an entry; returns the entry in force afterwards.
  String recordIfAbsent(String server, String fingerprint) throws IOException {
    synchronized (LOCK) {
      Map<String, String> entries = read();
      String existing = entries.get(server);
      if (existing != null) {
        return existing;
      }
      String line = server + " " + fingerprint + "\n";
      if (Files.exists(file)) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        SecureFiles.replace(file, content.isEmpty() || content.endsWith("\n") ? content + line : content + "\n" + line);
      } else {
        SecureFiles.writeNew(file, "# quicnprotochat known servers: host:port sha256-of-certificate\n" + line);
      }
      return fingerprint;
    }
  }

  private Map<String, String> read() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return entries;
    }
    int number = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 2 || !FINGERPRINT.matcher(parts[1]).matches()) {
        throw new IOException(file + " line " + number + " is not 'host:port sha256-hex': fix or remove it");
      }
      entries.putIfAbsent(parts[0], parts[1]);
    }
    return entries;
  }
}
