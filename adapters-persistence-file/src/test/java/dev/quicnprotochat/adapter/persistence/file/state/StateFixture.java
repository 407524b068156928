package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.nio.file.Path;

/// Opens and reopens one state directory for a test, with or without a password, using cheap Argon2id parameters.
final class StateFixture {

  static final String PASSWORD = "correct horse battery staple";

  private final boolean encrypted;
  private Path directory;
  private StateDirectory state;

  StateFixture(boolean encrypted) {
    this.encrypted = encrypted;
  }

  static StateDirectory open(Path directory, boolean encrypted) throws Exception {
    return encrypted
        ? StateDirectory.openEncrypted(directory, StatePassword.of(PASSWORD.toCharArray()), SealedFileTest.FAST)
        : StateDirectory.openUnencrypted(directory);
  }

  StateDirectory open(Path directory) throws Exception {
    this.directory = directory;
    state = open(directory, encrypted);
    return state;
  }

  /// Closes the directory (wiping its key) and opens it again, as a restarted client would.
  StateDirectory reopen() throws Exception {
    state.close();
    state = open(directory, encrypted);
    return state;
  }

  void close() throws Exception {
    if (state != null) {
      state.close();
    }
  }
}
