package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/// Every file and directory under a root with its content hash, modification time (nanoseconds) and permissions,
/// so a test can prove an operation changed nothing at all.
final class DirectorySnapshot {

  private DirectorySnapshot() {}

  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String mtime = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant().toString();
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        String content = Files.isDirectory(path) ? "dir" : sha256(Files.readAllBytes(path));
        entries.put(root.relativize(path).toString(), content + " " + mtime + " " + permissions);
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
