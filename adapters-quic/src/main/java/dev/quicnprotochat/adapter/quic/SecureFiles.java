package dev.quicnprotochat.adapter.quic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/// Files only their owner may read (0600) in directories only their owner may list (0700), created with those
/// permissions rather than chmod-ed afterwards, so no window exists in which another user can open them.
final class SecureFiles {
  private static final boolean POSIX = java.nio.file.FileSystems.getDefault()
      .supportedFileAttributeViews().contains("posix");

  private SecureFiles() {}

  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(dir, attribute("rwx------"));
    } else {
      Files.createDirectories(dir);
    }
  }

  /// Writes `content` to a file that must not exist yet.
  static void writeNew(Path file, String content) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path parent = file.toAbsolutePath().getParent();
    createDirectories(parent);
    if (POSIX) {
      Files.createFile(file, attribute("rw-------"));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }

  /// Replaces `file` atomically with `content` (mode 0600), so a crash never leaves it half written.
  static void replace(Path file, String content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    createDirectories(parent);
    Path temp = POSIX
        ? Files.createTempFile(parent, file.getFileName().toString(), ".tmp", attribute("rw-------"))
        : Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
