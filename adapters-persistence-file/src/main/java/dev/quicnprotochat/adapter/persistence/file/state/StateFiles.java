package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.adapter.persistence.file.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/// File operations of the state directory: owner-only files (0600) and directories (0700), and atomic replacement.
final class StateFiles {

  static final String TEMP_SUFFIX = ".tmp";

  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final SecureRandom RANDOM = new SecureRandom();

  private StateFiles() {}

  static void createPrivateDirectories(Path directory) throws IOException {
    SecureFiles.createPrivateDirectories(directory);
  }

  /// Creates `directory` (and missing parents) with mode 0700, and restricts it to 0700 if it existed with more:
  /// a state directory made by hand with the default umask would otherwise let other users list it.
  static void ensurePrivateDirectory(Path directory) throws IOException {
    createPrivateDirectories(directory);
    Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
    if (!Files.getPosixFilePermissions(directory).equals(owner)) {
      Files.setPosixFilePermissions(directory, owner);
    }
  }

  /// Writes `content` to a fresh temporary sibling (`<name>.<random>.tmp`, 0600), syncs it, renames it over `file`
  /// and syncs the directory: after a crash `file` holds the old or the new content, never a mixture. The random
  /// part lets concurrent writers of one file each use their own temporary file; the last rename wins.
  static void writeAtomically(Path file, byte[] content) throws IOException {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    Path temp = file.resolveSibling(file.getFileName() + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), PRIVATE_FILE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    syncDirectory(file.toAbsolutePath().getParent());
  }

  /// Deletes `file` durably; false when it did not exist.
  static boolean deleteDurably(Path file) throws IOException {
    boolean deleted = Files.deleteIfExists(file);
    if (deleted) {
      syncDirectory(file.toAbsolutePath().getParent());
    }
    return deleted;
  }

  /// Removes temporary files a crash left behind in `directory`: an interrupted [#writeAtomically] never renamed
  /// its temporary file, so the real file still holds its previous content and the leftover is garbage.
  static int removeLeftoverTemporaryFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
      for (Path leftover : leftovers) {
        if (Files.deleteIfExists(leftover)) {
          removed++;
        }
      }
    }
    if (removed > 0) {
      syncDirectory(directory);
    }
    return removed;
  }

  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
