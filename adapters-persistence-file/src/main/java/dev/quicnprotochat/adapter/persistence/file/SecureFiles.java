package dev.quicnprotochat.adapter.persistence.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/// Owner-only files (0600) and directories (0700), written durably. Stores hold key material and message history,
/// so nothing they create is readable by other local users.
public final class SecureFiles {

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private SecureFiles() {}

  /// Creates `directory` and its missing parents with mode 0700; concurrent creation is fine.
  public static void createPrivateDirectories(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createPrivateDirectories(parent);
    }
    try {
      Files.createDirectory(absolute, asAttribute(DIRECTORY));
    } catch (FileAlreadyExistsException e) {
      // created concurrently: fine, as long as it is a directory
      if (!Files.isDirectory(absolute)) {
        throw e;
      }
    }
  }

  /// Creates `file` empty with mode 0600 unless it exists. SQLite gives its `-wal` and `-shm` files the mode of the
  /// database file, so creating the database this way keeps them private too.
  static void createPrivateFile(Path file) throws IOException {
    try {
      Files.createFile(file, asAttribute(FILE));
    } catch (FileAlreadyExistsException e) {
      // keep it as it is
    }
  }

  /// Writes `content` to a temporary sibling, syncs it, renames it over `file` and syncs the directory, so a crash
  /// leaves either the old or the new content.
  static void writeAtomically(Path file, byte[] content) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        asAttribute(FILE))) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(file.toAbsolutePath().getParent());
  }

  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  static FileAttribute<Set<PosixFilePermission>> privateFile() {
    return asAttribute(FILE);
  }

  private static FileAttribute<Set<PosixFilePermission>> asAttribute(Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
