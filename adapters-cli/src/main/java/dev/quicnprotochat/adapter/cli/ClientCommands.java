package dev.quicnprotochat.adapter.cli;

import dev.quicnprotochat.adapter.cli.command.ChatCommand;
import dev.quicnprotochat.adapter.cli.command.CreateGroupCommand;
import dev.quicnprotochat.adapter.cli.command.DmCommand;
import dev.quicnprotochat.adapter.cli.command.ForgetServerCommand;
import dev.quicnprotochat.adapter.cli.command.HistoryCommand;
import dev.quicnprotochat.adapter.cli.command.InviteCommand;
import dev.quicnprotochat.adapter.cli.command.JoinCommand;
import dev.quicnprotochat.adapter.cli.command.LeaveCommand;
import dev.quicnprotochat.adapter.cli.command.ListCommand;
import dev.quicnprotochat.adapter.cli.command.LoginCommand;
import dev.quicnprotochat.adapter.cli.command.LogoutCommand;
import dev.quicnprotochat.adapter.cli.command.MembersCommand;
import dev.quicnprotochat.adapter.cli.command.RecvCommand;
import dev.quicnprotochat.adapter.cli.command.RegisterCommand;
import dev.quicnprotochat.adapter.cli.command.RemoveCommand;
import dev.quicnprotochat.adapter.cli.command.ReplCommand;
import dev.quicnprotochat.adapter.cli.command.ResolveCommand;
import dev.quicnprotochat.adapter.cli.command.SendCommand;
import dev.quicnprotochat.adapter.cli.command.UpdateCommand;
import dev.quicnprotochat.adapter.cli.command.WhoAmICommand;
import java.util.List;
import picocli.CommandLine;

/// The client's everyday commands (docs/user-guide.md), added to the launcher's root `quicnprotochat` command.
public final class ClientCommands {
  private ClientCommands() {}

  /// Adds register, login, logout, whoami, resolve, create-group, invite, remove, leave, update, join, send, recv,
  /// members, list, history, dm, chat, repl and forget-server to `root`. The REPLs read [System#in] when it is not a
  /// terminal. Each subcommand takes the root's writers and exception handlers as they are now, so installing before or after
  /// the launcher configured them both work.
  public static void install(CommandLine root, CliContext context) {
    for (Object command : commands(context)) {
      CommandLine sub = new CommandLine(command);
      sub.setOut(root.getOut());
      sub.setErr(root.getErr());
      sub.setParameterExceptionHandler(root.getParameterExceptionHandler());
      sub.setExecutionExceptionHandler(root.getExecutionExceptionHandler());
      root.addSubcommand(sub);
    }
  }

  static List<Object> commands(CliContext context) {
    return List.of(new RegisterCommand(context), new LoginCommand(context), new LogoutCommand(context),
        new WhoAmICommand(context), new ResolveCommand(context), new CreateGroupCommand(context),
        new InviteCommand(context), new RemoveCommand(context), new LeaveCommand(context), new UpdateCommand(context),
        new JoinCommand(context), new SendCommand(context), new RecvCommand(context), new MembersCommand(context),
        new ListCommand(context), new HistoryCommand(context), new DmCommand(context),
        new ChatCommand(context, System.in), new ReplCommand(context, System.in), new ForgetServerCommand(context));
  }
}
