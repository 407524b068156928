package dev.quicnprotochat.adapter.cli;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.adapter.cli.command.ChatCommand;
import dev.quicnprotochat.adapter.cli.command.EnvironmentVariables;
import dev.quicnprotochat.adapter.cli.command.ReplCommand;
import dev.quicnprotochat.application.port.in.client.*;
import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import dev.quicnprotochat.application.port.out.client.KnownServerStore;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// A root command with the client commands installed over a [ClientProfile] whose use cases are Mockito mocks;
/// captures stdout, stderr and the options the profile was opened with.
public final class CliHarness {
  public static final Path STATE_ROOT = Path.of("/nonexistent/quicnprotochat-state");

  public final ClientProfile profile = mock(ClientProfile.class);
  public final RegisterUseCase register = mock(RegisterUseCase.class);
  public final LoginUseCase login = mock(LoginUseCase.class);
  public final EnsureSessionUseCase ensureSession = mock(EnsureSessionUseCase.class);
  public final LogoutUseCase logout = mock(LogoutUseCase.class);
  public final WhoAmIUseCase whoAmI = mock(WhoAmIUseCase.class);
  public final ResolveContactUseCase resolveContact = mock(ResolveContactUseCase.class);
  public final ReplenishKeyPackagesUseCase replenish = mock(ReplenishKeyPackagesUseCase.class);
  public final CreateGroupUseCase createGroup = mock(CreateGroupUseCase.class);
  public final InviteUseCase invite = mock(InviteUseCase.class);
  public final RemoveMemberUseCase removeMember = mock(RemoveMemberUseCase.class);
  public final UpdateKeysUseCase updateKeys = mock(UpdateKeysUseCase.class);
  public final LeaveGroupUseCase leaveGroup = mock(LeaveGroupUseCase.class);
  public final OpenDirectChatUseCase openDirectChat = mock(OpenDirectChatUseCase.class);
  public final ListMembersUseCase listMembers = mock(ListMembersUseCase.class);
  public final SendMessageUseCase sendMessage = mock(SendMessageUseCase.class);
  public final ProcessInboxUseCase processInbox = mock(ProcessInboxUseCase.class);
  public final WatchInboxUseCase watchInbox = mock(WatchInboxUseCase.class);
  public final ListConversationsUseCase listConversations = mock(ListConversationsUseCase.class);
  public final FindConversationUseCase findConversation = mock(FindConversationUseCase.class);
  public final ShowHistoryUseCase showHistory = mock(ShowHistoryUseCase.class);
  public final CommandHistoryStore commandHistory = mock(CommandHistoryStore.class);
  public final KnownServerStore knownServers = mock(KnownServerStore.class);
  public final InboxWatch watch = mock(InboxWatch.class);

  public final Map<String, String> env = new HashMap<>();
  public final List<ProfileOptions> opened = new ArrayList<>();
  public ClientProfiles profiles = options -> {
    opened.add(options);
    when(profile.options()).thenReturn(options);
    return profile;
  };
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  public CliHarness() {
    env.put(EnvironmentVariables.PASSWORD, "correct horse");
    env.put(EnvironmentVariables.STATE_PASSWORD, "battery staple");
    when(profile.register()).thenReturn(register);
    when(profile.login()).thenReturn(login);
    when(profile.ensureSession()).thenReturn(ensureSession);
    when(profile.logout()).thenReturn(logout);
    when(profile.whoAmI()).thenReturn(whoAmI);
    when(profile.resolveContact()).thenReturn(resolveContact);
    when(profile.replenishKeyPackages()).thenReturn(replenish);
    when(profile.createGroup()).thenReturn(createGroup);
    when(profile.invite()).thenReturn(invite);
    when(profile.removeMember()).thenReturn(removeMember);
    when(profile.updateKeys()).thenReturn(updateKeys);
    when(profile.leaveGroup()).thenReturn(leaveGroup);
    when(profile.openDirectChat()).thenReturn(openDirectChat);
    when(profile.listMembers()).thenReturn(listMembers);
    when(profile.sendMessage()).thenReturn(sendMessage);
    when(profile.processInbox()).thenReturn(processInbox);
    when(profile.watchInbox()).thenReturn(watchInbox);
    when(profile.listConversations()).thenReturn(listConversations);
    when(profile.findConversation()).thenReturn(findConversation);
    when(profile.showHistory()).thenReturn(showHistory);
    when(profile.commandHistory()).thenReturn(commandHistory);
    when(profile.knownServers()).thenReturn(knownServers);
    when(ensureSession.ensureSession(any())).thenReturn(
        new EnsureSessionResult.SessionReady(TestData.ALICE, EnsureSessionResult.How.CACHED));
    when(replenish.replenish(any())).thenReturn(
        new ReplenishKeyPackagesResult.Sufficient(new KeyPackageCount(20, true)));
    when(listConversations.listConversations()).thenReturn(List.of());
    when(watchInbox.watch(any(), any())).thenReturn(watch);
    when(processInbox.processInbox(any())).thenReturn(new ProcessInboxResult.Processed(List.of(), 0, List.of()));
  }

  public CliContext context() {
    return new CliContext(profiles, env, STATE_ROOT);
  }

  /// Runs `quicnprotochat args...`; REPL input (if any) comes from `stdin`.
  public int runWithInput(String stdin, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    ClientCommands.install(root, context());
    var input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    root.getCommandSpec().removeSubcommand("repl");
    root.getCommandSpec().removeSubcommand("chat");
    root.addSubcommand(new CommandLine(new ReplCommand(context(), input)));
    root.addSubcommand(new CommandLine(new ChatCommand(context(), input)));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    return root.execute(args);
  }

  public int run(String... args) {
    return runWithInput("", args);
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }

  public List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Command(name = "quicnprotochat")
  static final class Root implements Runnable {
    @Override
    public void run() {}
  }
}
