package dev.quicnprotochat.bootstrap.crypto;

import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/// The server's OPAQUE setup (OPRF seed and AKE key pair) in `<data_dir>/opaque-server-setup.bin`, mode 0600: made on
/// the first start and loaded on every later one. Losing or replacing it invalidates every registration, so it is
/// never overwritten: a file that does not load under the configuration stops the server instead.
public final class OpaqueSetupFile {

  /// The file name inside the data directory.
  public static final String NAME = "opaque-server-setup.bin";

  private OpaqueSetupFile() {
  }

  /// Loads the setup from `dataDir`, creating (and durably writing) a fresh one if there is none.
  public static OpaqueServerSetup loadOrCreate(Path dataDir, OpaqueConfig config, OpaqueRandom random) {
    Path file = dataDir.resolve(NAME);
    try {
      if (Files.exists(file)) {
        return load(file, config);
      }
      Files.createDirectories(dataDir);
      OpaqueServerSetup setup = OpaqueServerSetup.generate(config, random);
      byte[] bytes = setup.toBytes();
      try {
        writeNew(file, bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
      return setup;
    } catch (FileAlreadyExistsException raced) {
      return load(file, config);
    } catch (IOException e) {
      throw new ConfigException("cannot read or create the OPAQUE server setup " + file + ": " + e.getMessage());
    }
  }

  private static OpaqueServerSetup load(Path file, OpaqueConfig config) {
    byte[] bytes = null;
    try {
      bytes = Files.readAllBytes(file);
      return OpaqueServerSetup.fromBytes(config, bytes);
    } catch (IOException e) {
      throw new ConfigException("cannot read the OPAQUE server setup " + file + ": " + e.getMessage());
    } catch (OpaqueException e) {
      throw new ConfigException("the OPAQUE server setup " + file + " is unusable (" + e.getMessage()
          + "); restore it from a backup: replacing it would invalidate every registration");
    } finally {
      if (bytes != null) {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }

  // Written to a 0600 temporary file, synced and moved into place, so a crash never leaves a half-written setup.
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(NAME + ".tmp");
    Files.deleteIfExists(tmp);
    if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(tmp);
    }
    try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(true);
    }
    if (Files.exists(file)) {
      Files.delete(tmp);
      throw new FileAlreadyExistsException(file.toString());
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
