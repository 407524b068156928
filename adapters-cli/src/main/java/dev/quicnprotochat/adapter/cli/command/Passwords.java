package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.CliContext;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.application.port.in.client.AccountPasswordSource;
import dev.quicnprotochat.application.port.in.client.PasswordUnavailableException;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.StatePassword;
import java.io.Console;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Passwords never come from a command-line flag (other users of the machine see a process's arguments, and shells
/// keep them in their history): the environment (for scripts) or a prompt without echo on the terminal.
final class Passwords implements AccountPasswordSource, AutoCloseable {
  private final CliContext context;
  private final String account;
  private final List<AccountPassword> issued = new ArrayList<>();
  private char[] typed;
  private boolean closed;

  Passwords(CliContext context, String account) {
    this.context = context;
    this.account = account;
  }

  /// The account password from `QUICNPROTOCHAT_PASSWORD`, else asked once on the terminal (and reused for this
  /// command); every copy handed out is wiped on [#close()], and none is handed out after it.
  @Override
  public synchronized AccountPassword password() {
    if (closed) {
      throw new IllegalStateException("the command has ended and its passwords were wiped");
    }
    Optional<String> fromEnv = context.env(EnvironmentVariables.PASSWORD);
    char[] chars;
    if (fromEnv.isPresent()) {
      chars = fromEnv.get().toCharArray();
    } else {
      if (typed == null) {
        Console console = terminal().orElseThrow(() -> new PasswordUnavailableException(
            "no account password: set " + EnvironmentVariables.PASSWORD + " or run in a terminal"));
        char[] read = console.readPassword("Password for %s: ", account);
        if (read == null || read.length == 0) {
          throw new PasswordUnavailableException("no account password given");
        }
        typed = read;
      }
      chars = typed.clone();
    }
    byte[] utf8 = utf8(chars);
    try {
      AccountPassword password = AccountPassword.of(utf8);
      issued.add(password);
      return password;
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
  }

  /// The state password: `QUICNPROTOCHAT_STATE_PASSWORD`, nothing with `--no-state-password`, else asked on the
  /// terminal; without a terminal that is an error, never a silent fallback to unencrypted state.
  static Optional<StatePassword> statePassword(CliContext context, boolean unencrypted, String account) {
    Optional<String> fromEnv = context.env(EnvironmentVariables.STATE_PASSWORD);
    if (fromEnv.isPresent()) {
      char[] chars = fromEnv.get().toCharArray();
      try {
        return Optional.of(StatePassword.of(chars));
      } finally {
        Arrays.fill(chars, '\0');
      }
    }
    if (unencrypted) {
      return Optional.empty();
    }
    Console console = terminal().orElseThrow(() -> new CliFailure("no state password: set "
        + EnvironmentVariables.STATE_PASSWORD + ", run in a terminal, or pass --no-state-password to keep the "
        + "state unencrypted"));
    char[] read = console.readPassword("State password for %s (encrypts the local state): ", account);
    if (read == null || read.length == 0) {
      throw new CliFailure("no state password given (pass --no-state-password to keep the state unencrypted)");
    }
    try {
      return Optional.of(StatePassword.of(read));
    } finally {
      Arrays.fill(read, '\0');
    }
  }

  /// The terminal, when both ends of this process are one (a prompt on a pipe would hang a script).
  static Optional<Console> terminal() {
    Console console = System.console();
    return console != null && console.isTerminal() ? Optional.of(console) : Optional.empty();
  }

  private static byte[] utf8(char[] chars) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    Arrays.fill(chars, '\0');
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    Arrays.fill(encoded.array(), (byte) 0);
    return bytes;
  }

  @Override
  public synchronized void close() {
    closed = true;
    issued.forEach(AccountPassword::clear);
    issued.clear();
    if (typed != null) {
      Arrays.fill(typed, '\0');
    }
  }
}
