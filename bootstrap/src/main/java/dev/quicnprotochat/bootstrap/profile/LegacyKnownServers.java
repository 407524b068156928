package dev.quicnprotochat.bootstrap.profile;

import dev.quicnprotochat.adapter.cli.ProfileException;
import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/// The one-time move of a profile's cleartext `known_servers` file (`host:port sha256-hex` lines, written by earlier
/// versions) into the profile's [KnownServerStore], which is sealed with a state password (DESIGN.md §5). Records
/// already in the store win; the file is deleted once every line is in the store.
final class LegacyKnownServers {

  /// The cleartext file's name in the state directory.
  static final String FILE_NAME = "known_servers";

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  private LegacyKnownServers() {}

  /// Imports `<directory>/known_servers` into `store` and deletes it; does nothing when there is no such file.
  /// Returns how many records were read.
  static int importInto(Path directory, KnownServerStore store) throws ProfileException {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return 0;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      int imported = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        ServerAddress server = parts.length == 2 ? parse(parts[0]) : null;
        if (server == null || !FINGERPRINT.matcher(parts[1]).matches()) {
          throw new ProfileException(file + " line " + (i + 1) + " is not 'host:port sha256-hex': fix or remove it");
        }
        store.recordIfAbsent(server, parts[1]);
        imported++;
      }
      Files.delete(file);
      return imported;
    } catch (IOException e) {
      throw new ProfileException("cannot move " + file + " into the state: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new ProfileException("cannot move " + file + " into the state: " + e.getCause().getMessage());
    }
  }

  private static ServerAddress parse(String text) {
    try {
      return ServerAddress.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
