package dev.quicnprotochat.bootstrap.command;

import dev.quicnprotochat.adapter.quic.CallException;
import dev.quicnprotochat.adapter.quic.TransportException;
import dev.quicnprotochat.bootstrap.Version;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;

/// Runs a picocli command the way every quicnprotochat launcher must: expected failures are one line on stderr
/// and a non-zero exit code, never a stack trace.
public final class Cli {
  /// Exit codes: 1 the command failed (unreachable server, refused certificate, server error), 2 bad usage.
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private Cli() {}

  public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
    return execute(configure(command, out, err), args);
  }

  /// Runs `line` (made by [#configure], possibly with subcommands added since) with `args`.
  public static int execute(CommandLine line, String... args) {
    int code = line.execute(args);
    line.getOut().flush();
    line.getErr().flush();
    return code;
  }

  /// The command line for `command` with the writers and the one-line exception handlers; subcommands added later
  /// should take them over (`ClientCommands.install` does).
  public static CommandLine configure(Object command, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(command);
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      err.println(failed.getCommandName() + ": " + e.getMessage());
      err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
      err.flush();
      return USAGE;
    });
    line.setExecutionExceptionHandler((e, failed, parsed) -> {
      err.println(failed.getCommandSpec().qualifiedName() + ": " + describe(e));
      err.flush();
      return FAILED;
    });
    return line;
  }

  /// The one line to show for `failure`.
  static String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return switch (cause) {
      case ConfigException e -> e.getMessage();
      case TransportException e -> e.getMessage();
      case CallException e -> "server refused the call (" + e.error() + "): " + e.getMessage();
      case InterruptedException e -> "interrupted";
      default -> "unexpected error: " + cause;
    };
  }

  /// `--version` for every command.
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"quicnprotochat " + Version.current()};
    }
  }
}
