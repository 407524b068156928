package dev.quicnprotochat.adapter.cli;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.*;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every result of every command's use case maps to its one line and exit code.
class ResultMappingTest {
  private static final ServerRefused REFUSED = new ServerRefused(ServerErrorCode.RATE_LIMITED, "slow down");
  private static final ServerUnreachable UNREACHABLE = new ServerUnreachable("timed out");
  private static final String REFUSED_LINE =
      "error: too many requests: wait a moment and retry (RATE_LIMITED): slow down";
  private static final String UNREACHABLE_LINE = "error: server unreachable: timed out";

  record Case(Consumer<CliHarness> setup, List<String> args, int exit, String out, String err) {}

  private static Arguments of(String name, Consumer<CliHarness> setup, List<String> args, int exit, String out,
                              String err) {
    return Arguments.of(Named.of(name, new Case(setup, args, exit, out, err)));
  }

  static Stream<Arguments> cases() {
    List<String> register = List.of("register", "-u", "alice");
    List<String> login = List.of("login", "-u", "alice");
    List<String> resolve = List.of("resolve", "-u", "alice", "bob");
    List<String> dm = List.of("dm", "-u", "alice", "bob");
    List<String> leave = List.of("leave", "-u", "alice", "team");
    List<String> send = List.of("send", "-u", "alice", "team", "hi");
    List<String> create = List.of("create-group", "-u", "alice", "team");
    List<String> join = List.of("join", "-u", "alice");
    Consumer<CliHarness> loggedIn = cli -> when(cli.login.login(any()))
        .thenReturn(new LoginResult.LoggedIn(ALICE, ALICE_KEY, Instant.parse("2026-11-27T12:00:00Z")));
    return Stream.of(
        of("registered", cli -> {
          when(cli.register.register(any())).thenReturn(new RegisterResult.Registered(ALICE, ALICE_KEY));
          loggedIn.accept(cli);
        }, register, 0, "* registered alice on 127.0.0.1:7000 (identity key a1a1a1a1)\n"
            + "* logged in as alice on 127.0.0.1:7000 (session until 2026-11-27T12:00:00Z)\n", ""),
        of("username taken", cli -> when(cli.register.register(any()))
            .thenReturn(new RegisterResult.UsernameTaken(ALICE)), register, 1, "",
            "error: the username alice is taken\n"),
        of("registration closed", cli -> when(cli.register.register(any()))
            .thenReturn(new RegisterResult.RegistrationClosed()), register, 1, "",
            "error: this server needs its access code to register: set QUICNPROTOCHAT_AUTH_TOKEN or pass "
                + "--auth-token\n"),
        of("register refused", cli -> when(cli.register.register(any())).thenReturn(REFUSED), register, 1, "",
            REFUSED_LINE + "\n"),
        of("register unreachable", cli -> when(cli.register.register(any())).thenReturn(UNREACHABLE), register, 1,
            "", UNREACHABLE_LINE + "\n"),
        of("logged in", loggedIn, login, 0,
            "* logged in as alice on 127.0.0.1:7000 (session until 2026-11-27T12:00:00Z)\n", ""),
        of("wrong password", cli -> when(cli.login.login(any())).thenReturn(new LoginResult.LoginFailed(ALICE)),
            login, 1, "", "error: wrong password or unknown user alice\n"),
        of("profile mismatch", cli -> when(cli.login.login(any()))
            .thenReturn(new LoginResult.ProfileMismatch(BOB_KEY, ALICE_KEY)), login, 1, "",
            "error: the account alice belongs to identity key b0b0b0b0 but this state directory holds a1a1a1a1: "
                + "use the state directory you registered with (--state-dir)\n"),
        of("login without identity", cli -> when(cli.login.login(any())).thenReturn(new NoIdentity()), login, 1,
            "", "error: this profile has no identity yet: run 'register' (or any command that talks to the "
                + "server)\n"),
        of("login unreachable", cli -> when(cli.login.login(any())).thenReturn(UNREACHABLE), login, 1, "",
            UNREACHABLE_LINE + "\n"),
        of("resolved again", cli -> when(cli.resolveContact.resolveContact(any()))
            .thenReturn(new ResolveContactResult.Resolved(BOB, BOB_KEY, false)), resolve, 0,
            "bob: identity key b0b0b0b0 (matches the recorded key)\n", ""),
        of("key changed", cli -> when(cli.resolveContact.resolveContact(any()))
            .thenReturn(new ResolveContactResult.KeyChanged(BOB, BOB_KEY, CAROL_KEY)), resolve, 1, "",
            "error: bob's identity key changed: recorded b0b0b0b0, server now says c0c0c0c0; compare fingerprints "
                + "with them before trusting it\n"),
        of("not registered", cli -> when(cli.resolveContact.resolveContact(any()))
            .thenReturn(new ResolveContactResult.NotRegistered(BOB)), resolve, 1, "", "error: unknown user bob\n"),
        of("resolve refused", cli -> when(cli.resolveContact.resolveContact(any())).thenReturn(REFUSED), resolve,
            1, "", REFUSED_LINE + "\n"),
        of("notepad", cli -> when(cli.openDirectChat.openDirectChat(any()))
            .thenReturn(new OpenDirectChatResult.NotepadOpened(NOTEPAD)), dm, 0,
            "* notepad: messages to yourself are stored here and never sent\n", ""),
        of("awaiting welcome", cli -> when(cli.openDirectChat.openDirectChat(any()))
            .thenReturn(new OpenDirectChatResult.AwaitingWelcome(BOB_DM_ID)), dm, 0,
            "* bob opened this chat first: waiting for their invitation\n", ""),
        of("peer not added", cli -> when(cli.openDirectChat.openDirectChat(any())).thenReturn(
            new OpenDirectChatResult.PeerNotAdded(new GroupCommitResult.NoKeyPackage(BOB))), dm, 1, "",
            "error: could not add bob to the direct chat: bob has no key package left: they must come online once "
                + "before they can be added (run dm again to retry)\n"),
        of("dm without identity", cli -> when(cli.openDirectChat.openDirectChat(any())).thenReturn(new NoIdentity()),
            dm, 1, "", "error: this profile has no identity yet: run 'register' (or any command that talks to the "
                + "server)\n"),
        of("dm unreachable", cli -> when(cli.openDirectChat.openDirectChat(any())).thenReturn(UNREACHABLE), dm, 1,
            "", UNREACHABLE_LINE + "\n"),
        of("left", cli -> when(cli.leaveGroup.leaveGroup(any())).thenReturn(new LeaveGroupResult.Left(TEAM_ID, 2)),
            leave, 0, "* left team (2 members notified; its history stays here)\n", ""),
        of("leave unknown group", cli -> when(cli.leaveGroup.leaveGroup(any())).thenReturn(new UnknownGroup(TEAM_ID)),
            leave, 1, "", "error: not a member of team (left or removed)\n"),
        of("leave refused", cli -> when(cli.leaveGroup.leaveGroup(any())).thenReturn(REFUSED), leave, 1, "",
            REFUSED_LINE + "\n"),
        of("noted", cli -> when(cli.sendMessage.send(any()))
            .thenReturn(new SendMessageResult.Noted(incoming(NOTEPAD, 1, "alice", "x"))), send, 0,
            "* noted in notepad (never sent)\n", ""),
        of("send unknown conversation", cli -> when(cli.sendMessage.send(any()))
            .thenReturn(new SendMessageResult.UnknownConversation(TEAM.id())), send, 1, "",
            "error: unknown conversation team\n"),
        of("send unknown group", cli -> when(cli.sendMessage.send(any())).thenReturn(new UnknownGroup(TEAM_ID)),
            send, 1, "", "error: not a member of team (left or removed)\n"),
        of("send unreachable", cli -> when(cli.sendMessage.send(any())).thenReturn(UNREACHABLE), send, 1, "",
            UNREACHABLE_LINE + "\n"),
        of("create without identity", cli -> when(cli.createGroup.createGroup(any())).thenReturn(new NoIdentity()),
            create, 1, "", "error: this profile has no identity yet: run 'register' (or any command that talks to "
                + "the server)\n"),
        of("create refused", cli -> when(cli.createGroup.createGroup(any())).thenReturn(REFUSED), create, 1, "",
            REFUSED_LINE + "\n"),
        of("inbox refused", cli -> when(cli.processInbox.processInbox(any())).thenReturn(new ServerRefused(
            ServerErrorCode.UNAUTHENTICATED, "")), join, 1, "",
            "error: the session is no longer valid: run 'login' (UNAUTHENTICATED)\n"),
        of("inbox unreachable", cli -> when(cli.processInbox.processInbox(any())).thenReturn(UNREACHABLE), join, 1,
            "", UNREACHABLE_LINE + "\n"),
        of("key packages cannot be published", cli -> when(cli.replenish.replenish(any())).thenReturn(REFUSED), join,
            0, "* no pending invitations\n", "error: publishing key packages: too many requests: wait a moment and "
                + "retry (RATE_LIMITED): slow down\n"),
        of("logout revoked", cli -> when(cli.logout.logout(any())).thenReturn(new LogoutResult(true, true)),
            List.of("logout", "-u", "alice"), 0, "* logged out: the server revoked the session\n", ""),
        of("logout unreachable", cli -> when(cli.logout.logout(any())).thenReturn(new LogoutResult(false, true)),
            List.of("logout", "-u", "alice"), 0,
            "* logged out locally: the server could not be told, the session expires on its own\n", ""),
        of("whoami without identity", cli -> when(cli.whoAmI.whoAmI(any())).thenReturn(new NoIdentity()),
            List.of("whoami", "-u", "alice"), 1, "", "error: this profile has no identity yet: run 'register' (or "
                + "any command that talks to the server)\n"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachResultIsOneLineAndAnExitCode(Case c) {
    CliHarness cli = new CliHarness();
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.Found(TEAM));
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    c.setup().accept(cli);
    int exit = cli.run(c.args().toArray(String[]::new));
    assertEquals(c.out(), cli.out());
    assertEquals(c.err(), cli.err());
    assertEquals(c.exit(), exit);
  }
}
