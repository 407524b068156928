package dev.quicnprotochat.adapter.cli.command;

import dev.quicnprotochat.adapter.cli.ProfileException;
import dev.quicnprotochat.adapter.cli.display.Display;
import dev.quicnprotochat.adapter.cli.display.Text;
import dev.quicnprotochat.adapter.cli.session.CliFailure;
import dev.quicnprotochat.application.port.in.client.PasswordUnavailableException;
import dev.quicnprotochat.application.port.out.client.GroupEngineException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;

/// Where a command's failures become one `error:` line and an exit code; nothing past it prints a stack trace.
public final class Boundary {
  /// The command did not do what was asked.
  public static final int FAILED = 1;
  /// The command line was wrong.
  public static final int USAGE = 2;

  private Boundary() {}

  /// Runs `body`, printing a failure on `display` and turning it into [#FAILED] or [#USAGE].
  public static int run(Display display, Callable<Integer> body) {
    try {
      return body.call();
    } catch (CliFailure e) {
      describe(e).ifPresent(display::error);
      return e.isUsage() ? USAGE : FAILED;
    } catch (Exception e) {
      describe(e).ifPresent(display::error);
      return FAILED;
    }
  }

  /// The one line for `failure`; empty when it was already printed.
  public static Optional<String> describe(Throwable failure) {
    return switch (failure) {
      case CliFailure e -> e.isReported() ? Optional.empty() : Optional.of(e.getMessage());
      case ProfileException e -> Optional.of(Text.clean(String.valueOf(e.getMessage())));
      case PasswordUnavailableException e -> Optional.of(Text.clean(String.valueOf(e.getMessage())));
      case UncheckedIOException e -> Optional.of("the local state could not be read or written: "
          + Text.clean(String.valueOf(e.getMessage())));
      case GroupEngineException e -> Optional.of("a group state is damaged: "
          + Text.clean(String.valueOf(e.getMessage())));
      case InterruptedException e -> Optional.of("interrupted");
      default -> Optional.of("unexpected: " + failure.getClass().getSimpleName() + ": "
          + Text.clean(String.valueOf(failure.getMessage())));
    };
  }
}
