package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.WrongStatePasswordException;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One profile's state directory, open: it holds the directory lock and, with a state password, the key derived
/// from it (once per open; wiped by [#close()]). The file adapters of the client-state ports read and write through
/// it, so every file gets the same sealed format (docs/client-state.md).
///
/// Opening with a password sets one on a directory that has none: every file is re-sealed in place, and an
/// interrupted migration is finished by the next open. A wrong password changes nothing on disk.
public final class StateDirectory implements AutoCloseable {

  static final String KEY_FILE = "state.salt";
  static final String MIGRATION_MARKER = "state.migrating";
  static final String GROUPS = "groups";
  static final String FILE_SUFFIX = ".qpc";

  private static final Logger logger = LoggerFactory.getLogger(StateDirectory.class);
  private static final byte[] PLAIN_NAME_LABEL =
      "quicnprotochat group state name".getBytes(StandardCharsets.US_ASCII);
  private static final int NAME_BYTES = 16;

  private final Path directory;
  private final StateKey key;
  private final StateLock lock;
  private final SecureRandom random = new SecureRandom();
  private final Map<Path, Object> fileLocks = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private StateDirectory(Path directory, StateKey key, StateLock lock) {
    this.directory = directory;
    this.key = key;
    this.lock = lock;
  }

  /// Opens (creating if needed) a state directory without a password: files are stored in plaintext, protected only
  /// by their permissions. Refuses a directory that has a password.
  public static StateDirectory openUnencrypted(Path directory) throws IOException, WrongStatePasswordException {
    if (Files.exists(directory.resolve(KEY_FILE))) {
      throw new WrongStatePasswordException("the client state in " + directory + " is encrypted: its password is "
          + "needed");
    }
    ensurePrivateDirectories(directory);
    StateLock lock = StateLock.acquire(directory);
    try {
      if (Files.exists(directory.resolve(KEY_FILE))) {
        throw new WrongStatePasswordException("the client state in " + directory + " is encrypted: its password "
            + "is needed");
      }
      // a marker without a key file: setting a password stopped before anything was sealed
      StateFiles.deleteDurably(directory.resolve(MIGRATION_MARKER));
      removeLeftovers(directory);
      return new StateDirectory(directory, null, lock);
    } catch (IOException | WrongStatePasswordException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /// Opens (creating if needed) a state directory protected by `password`. A new key uses `forNewKey` as its
  /// Argon2id cost; an existing one keeps the cost in its key file. Plaintext files left by an unencrypted state
  /// are sealed in place before this returns. Throws [WrongStatePasswordException] for a wrong password, having
  /// written nothing.
  public static StateDirectory openEncrypted(Path directory, StatePassword password, StateKdfParameters forNewKey)
      throws IOException, WrongStatePasswordException {
    return openEncrypted(directory, password, forNewKey, MigrationProbe.NONE);
  }

  static StateDirectory openEncrypted(Path directory, StatePassword password, StateKdfParameters forNewKey,
      MigrationProbe probe) throws IOException, WrongStatePasswordException {
    Path keyFile = directory.resolve(KEY_FILE);
    // checked before taking the lock, which creates a file: a wrong password must leave the directory untouched
    StateKey key = Files.exists(keyFile) ? unlock(keyFile, password) : null;
    StateLock lock = null;
    try {
      ensurePrivateDirectories(directory);
      lock = StateLock.acquire(directory);
      boolean newKey = false;
      if (key == null && Files.exists(keyFile)) {
        key = unlock(keyFile, password); // another process set a password meanwhile
      } else if (key == null) {
        byte[] salt = new byte[StateKey.SALT_LENGTH];
        new SecureRandom().nextBytes(salt);
        key = StateKey.derive(password, forNewKey, salt);
        newKey = true;
      }
      removeLeftovers(directory);
      StateDirectory state = new StateDirectory(directory, key, lock);
      Path marker = directory.resolve(MIGRATION_MARKER);
      if (newKey) {
        // The marker goes first: while it exists, plaintext files are expected and get sealed, so a crash between
        // here and its removal leaves a directory the next open finishes migrating.
        StateFiles.writeAtomically(marker, new byte[0]);
        StateFiles.writeAtomically(keyFile, SealedFile.seal(FileKind.KEY_CHECK, new byte[0], key, state.random));
      }
      if (Files.exists(marker)) {
        int sealed = new StateMigration(state, probe).run();
        StateFiles.deleteDurably(marker);
        if (sealed > 0) {
          logger.info("Encrypted {} existing client state files in place", sealed);
        }
      }
      return state;
    } catch (IOException | WrongStatePasswordException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      if (key != null) {
        key.destroy();
      }
      throw e;
    }
  }

  private static StateKey unlock(Path keyFile, StatePassword password)
      throws IOException, WrongStatePasswordException {
    SealedFile.Parsed parsed = SealedFile.parse(Files.readAllBytes(keyFile), keyFile.toString());
    if (!parsed.sealed() || parsed.kind() != FileKind.KEY_CHECK) {
      throw new CorruptStateFileException(keyFile + " is not a sealed key file");
    }
    StateKey key = StateKey.derive(password, parsed.parameters(), parsed.salt());
    Optional<byte[]> body = SealedFile.tryOpen(parsed, key);
    if (body.isEmpty()) {
      key.destroy();
      // the tag over an empty body is all the key file holds: a mismatch means the password is wrong
      throw new WrongStatePasswordException("wrong password for the client state in " + keyFile.getParent());
    }
    if (body.get().length != 0) {
      key.destroy();
      throw new CorruptStateFileException(keyFile + " has an unexpected body");
    }
    return key;
  }

  private static void ensurePrivateDirectories(Path directory) throws IOException {
    StateFiles.ensurePrivateDirectory(directory);
    StateFiles.ensurePrivateDirectory(directory.resolve(GROUPS));
  }

  private static void removeLeftovers(Path directory) throws IOException {
    int removed = StateFiles.removeLeftoverTemporaryFiles(directory)
        + StateFiles.removeLeftoverTemporaryFiles(directory.resolve(GROUPS));
    if (removed > 0) {
      logger.info("Removed {} unfinished temporary files from the client state", removed);
    }
  }

  public Path path() {
    return directory;
  }

  /// True when the state has a password and every file is sealed.
  public boolean encrypted() {
    return key != null;
  }

  Path file(String name) {
    return directory.resolve(name);
  }

  Path groupsDirectory() {
    return directory.resolve(GROUPS);
  }

  /// The file of a group's state. Its name is a keyed hash of the group id when the state is encrypted, so names
  /// reveal no group ids (a direct channel's id is a hash of its two members' keys, which anyone could recompute);
  /// without a password it is a plain hash.
  Path groupFile(ChannelId group) {
    byte[] id = group.value().toByteArray();
    byte[] digest = key != null ? key.name(id) : sha256(PLAIN_NAME_LABEL, id);
    return groupsDirectory().resolve(HexFormat.of().formatHex(digest, 0, NAME_BYTES) + FILE_SUFFIX);
  }

  /// The monitor that serialises read-modify-write cycles of `file`, shared by every adapter instance on this
  /// directory, so two instances of one store cannot overwrite each other's changes.
  Object lockFor(Path file) {
    return fileLocks.computeIfAbsent(file, any -> new Object());
  }

  /// The body of `file`, opened and checked; empty when the file does not exist.
  Optional<byte[]> read(Path file, FileKind kind) throws IOException {
    checkOpen();
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(decode(SealedFile.parse(content, file.toString()), kind, file.toString(), false));
  }

  byte[] decode(SealedFile.Parsed parsed, FileKind kind, String name, boolean acceptPlaintext)
      throws CorruptStateFileException {
    if (parsed.kind() != kind) {
      throw new CorruptStateFileException(name + " holds " + parsed.kind() + " data, expected " + kind);
    }
    if (parsed.sealed()) {
      if (key == null) {
        throw new CorruptStateFileException(name + " is encrypted, but this state directory has no key file");
      }
      return SealedFile.open(parsed, key, name);
    }
    if (key != null && !acceptPlaintext) {
      throw new CorruptStateFileException(name + " is not encrypted although the client state has a password");
    }
    return parsed.body();
  }

  /// Replaces `file` atomically with `body`, sealed when the state is encrypted. Wipes `body`.
  void write(Path file, FileKind kind, byte[] body) throws IOException {
    checkOpen();
    try {
      StateFiles.writeAtomically(file, key != null ? SealedFile.seal(kind, body, key, random)
          : SealedFile.plaintext(kind, body));
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  boolean delete(Path file) throws IOException {
    checkOpen();
    return StateFiles.deleteDurably(file);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the client state in " + directory + " is closed");
    }
  }

  private static byte[] sha256(byte[] label, byte[] data) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(label);
      return sha256.digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /// Wipes the key and releases the directory lock.
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (key != null) {
      key.destroy();
    }
    lock.close();
  }
}
