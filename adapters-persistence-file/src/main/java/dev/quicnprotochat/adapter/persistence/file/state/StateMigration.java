package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Seals, in place, every plaintext file of a state directory that just got a password (or whose migration was
/// interrupted). Each file is re-sealed with one atomic replacement, so at any crash every file is either its old
/// plaintext self or its new sealed self, both readable while the migration marker exists; running again skips the
/// files already sealed.
final class StateMigration {

  /// The fixed files and what they hold; group states live under `groups/`.
  static final List<Map.Entry<String, FileKind>> FIXED_FILES = List.of(
      Map.entry(FileIdentityVault.FILE_NAME, FileKind.IDENTITY),
      Map.entry(FileKeyPackageSecretStore.FILE_NAME, FileKind.KEY_PACKAGE_SECRETS),
      Map.entry(FileSessionTokenCache.FILE_NAME, FileKind.SESSION_TOKENS),
      Map.entry(FileContactKeyStore.FILE_NAME, FileKind.CONTACT_KEYS),
      Map.entry(FileCommandHistoryStore.FILE_NAME, FileKind.COMMAND_HISTORY),
      Map.entry(FileKnownServerStore.FILE_NAME, FileKind.KNOWN_SERVERS));

  private final StateDirectory state;
  private final MigrationProbe probe;

  StateMigration(StateDirectory state, MigrationProbe probe) {
    this.state = state;
    this.probe = probe;
  }

  /// Returns how many files it sealed.
  int run() throws IOException {
    int sealed = 0;
    for (Map.Entry<String, FileKind> fixed : FIXED_FILES) {
      Path file = state.file(fixed.getKey());
      if (Files.exists(file) && sealIfPlaintext(file, fixed.getValue())) {
        sealed++;
        probe.afterFile(file);
      }
    }
    for (Path file : groupFiles()) {
      SealedFile.Parsed parsed = SealedFile.parse(Files.readAllBytes(file), file.toString());
      if (parsed.sealed()) {
        continue;
      }
      byte[] body = state.decode(parsed, FileKind.GROUP_STATE, file.toString(), true);
      // a sealed group file is named by a keyed hash, so the plaintext one moves: write the new one, then delete
      // the old. A crash in between leaves both; the next run seals the plaintext one again and deletes it.
      Path target = state.groupFile(GroupStateCodec.groupId(body, file.toString()));
      state.write(target, FileKind.GROUP_STATE, body);
      if (!target.equals(file)) {
        state.delete(file);
      }
      sealed++;
      probe.afterFile(file);
    }
    return sealed;
  }

  private boolean sealIfPlaintext(Path file, FileKind kind) throws IOException {
    SealedFile.Parsed parsed = SealedFile.parse(Files.readAllBytes(file), file.toString());
    if (parsed.sealed()) {
      return false;
    }
    state.write(file, kind, state.decode(parsed, kind, file.toString(), true));
    return true;
  }

  private List<Path> groupFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(state.groupsDirectory(),
        "*" + StateDirectory.FILE_SUFFIX)) {
      stream.forEach(files::add);
    }
    files.sort(null);
    return files;
  }
}
