package dev.quicnprotochat.adapter.persistence.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/// What is on disk at a SQLite path, judged from the first 16 bytes: a plain SQLite database starts with the
/// string "SQLite format 3" and a NUL; SQLCipher encrypts that header along with the rest of page 1.
enum SqliteFiles {
  ABSENT,
  PLAIN,
  ENCRYPTED_OR_FOREIGN;

  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  static SqliteFiles inspect(Path file) throws IOException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      return ABSENT;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEADER.length);
    }
    return Arrays.equals(head, HEADER) ? PLAIN : ENCRYPTED_OR_FOREIGN;
  }
}
