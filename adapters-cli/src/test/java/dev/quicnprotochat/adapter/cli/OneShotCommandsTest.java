package dev.quicnprotochat.adapter.cli;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.adapter.cli.command.EnvironmentVariables;
import dev.quicnprotochat.application.port.in.client.*;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OneShotCommandsTest {
  private final CliHarness cli = new CliHarness();

  private void findsTeam() {
    when(cli.findConversation.findConversation(new FindConversationCommand("team")))
        .thenReturn(new FindConversationResult.Found(TEAM));
  }

  @Test
  void createGroupStartsASessionWithTheEnvironmentsPasswordsAndPrintsOneLine() {
    when(cli.createGroup.createGroup(new CreateGroupCommand("book club")))
        .thenReturn(new CreateGroupResult.GroupCreated(TEAM_ID, TEAM.withTitle("book club")));

    assertEquals(0, cli.run("create-group", "-u", "alice", "book", "club"));

    assertEquals(List.of("* created group book club"), cli.outLines());
    assertEquals("", cli.err());
    ProfileOptions options = cli.opened.getFirst();
    assertEquals(new ServerAddress("127.0.0.1", 7000), options.server());
    assertEquals(ALICE, options.username());
    assertEquals(CliHarness.STATE_ROOT.resolve("alice"), options.stateDirectory());
    assertTrue(options.statePassword().isPresent());
    ArgumentCaptor<EnsureSessionCommand> session = ArgumentCaptor.forClass(EnsureSessionCommand.class);
    verify(cli.ensureSession).ensureSession(session.capture());
    assertEquals(ALICE, session.getValue().username());
    verify(cli.replenish).replenish(any());
    verify(cli.profile).close();
  }

  @Test
  void passwordsAreWipedWhenTheCommandEnds() {
    ArgumentCaptor<EnsureSessionCommand> session = ArgumentCaptor.forClass(EnsureSessionCommand.class);
    cli.run("list", "-u", "alice");
    cli.run("join", "-u", "alice");
    verify(cli.ensureSession).ensureSession(session.capture());
    assertTrue(cli.opened.getFirst().statePassword().orElseThrow().isCleared());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> session.getValue().passwordSource().password().utf8());
  }

  @Test
  void usernameServerAndTokenComeFromTheEnvironmentAndFlagsWin() {
    cli.env.put(EnvironmentVariables.USERNAME, "alice");
    cli.env.put(EnvironmentVariables.SERVER, "chat.example.org:7443");
    cli.env.put(EnvironmentVariables.AUTH_TOKEN, "code");
    assertEquals(0, cli.run("list"));
    assertEquals(0, cli.run("list", "-u", "bob", "--state-dir", "/tmp/elsewhere"));

    assertEquals(new ServerAddress("chat.example.org", 7443), cli.opened.get(0).server());
    assertEquals("code", cli.opened.get(0).serverAuthToken().orElseThrow());
    assertEquals(BOB, cli.opened.get(1).username());
    assertEquals(java.nio.file.Path.of("/tmp/elsewhere"), cli.opened.get(1).stateDirectory());
  }

  @Test
  void aMissingUsernameIsAUsageError() {
    assertEquals(2, cli.run("list"));
    assertTrue(cli.err().startsWith("error: who are you? pass --username USER"), cli.err());
    assertTrue(cli.opened.isEmpty());
  }

  @Test
  void aMalformedUsernameIsAUsageError() {
    assertEquals(2, cli.run("list", "-u", "a b"));
    assertTrue(cli.err().startsWith("error: 'a b' is not a username"), cli.err());
  }

  @Test
  void withoutAStatePasswordOrTerminalTheCommandSaysHowToGiveOne() {
    cli.env.remove(EnvironmentVariables.STATE_PASSWORD);
    assertEquals(1, cli.run("list", "-u", "alice"));
    assertEquals("error: no state password: set QUICNPROTOCHAT_STATE_PASSWORD, run in a terminal, or pass "
        + "--no-state-password to keep the state unencrypted", cli.err().strip());
    assertTrue(cli.opened.isEmpty());
  }

  @Test
  void noStatePasswordOpensAnUnencryptedProfile() {
    cli.env.remove(EnvironmentVariables.STATE_PASSWORD);
    assertEquals(0, cli.run("list", "-u", "alice", "--no-state-password"));
    assertTrue(cli.opened.getFirst().statePassword().isEmpty());
  }

  @Test
  void aStatePasswordFlagWinsOverTheEnvironment() {
    List<String> seen = new ArrayList<>();
    ClientProfiles recording = cli.profiles;
    cli.profiles = options -> {
      seen.add(new String(options.statePassword().orElseThrow().chars()));
      return recording.open(options);
    };
    assertEquals(0, cli.run("list", "-u", "alice", "--state-password=correct horse"));
    assertEquals(List.of("correct horse"), seen, "the flag's value, not the environment's 'battery staple'");
    assertTrue(cli.opened.getFirst().statePassword().orElseThrow().isCleared(), "wiped after the command");
  }

  @Test
  void aStatePasswordAndNoStatePasswordContradictEachOther() {
    assertEquals(2, cli.run("list", "-u", "alice", "--state-password=x", "--no-state-password"));
    assertTrue(cli.err().startsWith("error: --state-password and --no-state-password contradict"), cli.err());
    assertTrue(cli.opened.isEmpty());
  }

  @Test
  void withoutAnAccountPasswordOrTerminalTheCommandSaysHowToGiveOne() {
    cli.env.remove(EnvironmentVariables.PASSWORD);
    // no cached session: the use case needs the password
    when(cli.ensureSession.ensureSession(any())).thenAnswer(call -> {
      passwordOf(call.getArgument(0));
      return new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.LOGGED_IN);
    });
    assertEquals(1, cli.run("join", "-u", "alice"));
    assertEquals("error: no account password: set QUICNPROTOCHAT_PASSWORD or run in a terminal",
        cli.err().strip());
  }

  @Test
  void theAccountPasswordIsTheEnvironmentsInUtf8() {
    cli.env.put(EnvironmentVariables.PASSWORD, "pässwörd");
    when(cli.ensureSession.ensureSession(any())).thenAnswer(call -> {
      EnsureSessionCommand command = call.getArgument(0);
      assertEquals("pässwörd", new String(command.passwordSource().password().utf8(), StandardCharsets.UTF_8));
      return new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.REGISTERED);
    });
    assertEquals(0, cli.run("join", "-u", "alice"));
    assertEquals(List.of("* registered alice on 127.0.0.1:7000", "* no pending invitations"), cli.outLines());
  }

  @Test
  void aRefusedSessionIsOneErrorLineAndNothingElseRuns() {
    when(cli.ensureSession.ensureSession(any())).thenReturn(
        new EnsureSessionResult.Refused("wrong password for alice (or the username is taken)"));
    assertEquals(1, cli.run("create-group", "-u", "alice", "team"));
    assertEquals("error: wrong password for alice (or the username is taken)\n", cli.err());
    verify(cli.createGroup, never()).createGroup(any());
    verify(cli.profile).close();
  }

  @Test
  void anUnreachableServerPassesItsMessageThrough() {
    when(cli.ensureSession.ensureSession(any())).thenReturn(new ServerUnreachable(
        "the server's certificate changed since first use: if that is expected, remove it from known_servers"));
    assertEquals(1, cli.run("join", "-u", "alice"));
    assertEquals("error: server unreachable: the server's certificate changed since first use: if that is "
        + "expected, remove it from known_servers\n", cli.err());
  }

  @Test
  void aProfileThatCannotOpenIsOneErrorLine() {
    cli.profiles = options -> {
      throw new ProfileException("wrong state password for /home/alice/.quicnprotochat/alice");
    };
    assertEquals(1, cli.run("list", "-u", "alice"));
    assertEquals("error: wrong state password for /home/alice/.quicnprotochat/alice\n", cli.err());
  }

  @Test
  void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
    when(cli.listConversations.listConversations()).thenThrow(new IllegalStateException("boom"));
    assertEquals(1, cli.run("list", "-u", "alice"));
    assertEquals("error: unexpected: IllegalStateException: boom\n", cli.err());
  }

  @Test
  void inviteReportsEachUserAndFailsIfOneFailed() {
    findsTeam();
    when(cli.invite.invite(new InviteCommand(TEAM_ID, BOB))).thenReturn(
        new GroupCommitResult.Committed(TEAM_ID, new Epoch(1), MembershipChange.adding(BOB_KEY), 1));
    when(cli.invite.invite(new InviteCommand(TEAM_ID, dev.quicnprotochat.domain.identity.Username.of("carol"))))
        .thenReturn(new GroupCommitResult.UnknownUser(dev.quicnprotochat.domain.identity.Username.of("carol")));

    assertEquals(1, cli.run("invite", "-u", "alice", "team", "bob", "carol"));

    assertEquals(List.of("* invited bob to team (epoch 1)"), cli.outLines());
    assertEquals("error: unknown user carol\n", cli.err());
  }

  @Test
  void anUnknownConversationIsOneErrorLine() {
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.NotFound("tema"));
    assertEquals(1, cli.run("send", "-u", "alice", "tema", "hi"));
    assertEquals("error: unknown conversation 'tema' (see 'list')\n", cli.err());
  }

  @Test
  void anAmbiguousConversationListsTheCandidates() {
    when(cli.findConversation.findConversation(any()))
        .thenReturn(new FindConversationResult.Ambiguous("t", List.of(TEAM, TEAM.withTitle("tennis"))));
    assertEquals(1, cli.run("history", "-u", "alice", "t"));
    assertEquals("error: 't' matches several conversations: team (1a1a1a1a), tennis (1a1a1a1a)\n", cli.err());
  }

  @Test
  void sendPrintsNothingWhenSentAndJoinsTheWords() {
    findsTeam();
    when(cli.sendMessage.send(any())).thenAnswer(call -> new SendMessageResult.Sent(
        incoming(TEAM, 1, "alice", "x"), 2));
    assertEquals(0, cli.run("send", "-u", "alice", "team", "lunch", "at", "noon?"));
    assertEquals("", cli.out());
    ArgumentCaptor<SendMessageCommand> sent = ArgumentCaptor.forClass(SendMessageCommand.class);
    verify(cli.sendMessage).send(sent.capture());
    assertEquals("lunch at noon?", sent.getValue().body().text());
    assertEquals(TEAM.id(), sent.getValue().conversation());
  }

  @Test
  void sendAllGoesToEveryGroupAndDirectChatButTheNotepad() {
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM, NOTEPAD, BOB_DM));
    when(cli.sendMessage.send(any())).thenAnswer(call -> new SendMessageResult.Sent(
        incoming(TEAM, 1, "alice", "x"), 1));
    assertEquals(0, cli.run("send", "-u", "alice", "--all", "back", "online"));
    ArgumentCaptor<SendMessageCommand> sent = ArgumentCaptor.forClass(SendMessageCommand.class);
    verify(cli.sendMessage, org.mockito.Mockito.times(2)).send(sent.capture());
    assertEquals(List.of(TEAM.id(), BOB_DM.id()), sent.getAllValues().stream().map(SendMessageCommand::conversation)
        .toList());
  }

  @Test
  void sendToANonMemberGroupIsRefused() {
    findsTeam();
    when(cli.sendMessage.send(any())).thenReturn(new ServerRefused(ServerErrorCode.NOT_A_MEMBER, ""));
    assertEquals(1, cli.run("send", "-u", "alice", "team", "hi"));
    assertEquals("error: not a member of this conversation (NOT_A_MEMBER)\n", cli.err());
  }

  @Test
  void membersPrintsOneLinePerMemberMarkingYou() {
    findsTeam();
    when(cli.listMembers.listMembers(new ListMembersCommand(TEAM_ID))).thenReturn(new ListMembersResult.Members(
        TEAM_ID, new Epoch(2), List.of(new ListMembersResult.Member("you", ALICE_KEY, true),
        new ListMembersResult.Member("bob", BOB_KEY, false))));
    assertEquals(0, cli.run("members", "-u", "alice", "team"));
    assertEquals(List.of("* members of team (epoch 2)", "  - alice (you)", "  - bob"), cli.outLines());
  }

  @Test
  void historyPrintsMessagesInTheIncomingFormatWithoutASession() {
    findsTeam();
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    when(cli.showHistory.showHistory(new ShowHistoryCommand(TEAM.id(), 5))).thenReturn(
        new ShowHistoryResult.History(TEAM, List.of(incoming(TEAM, 1, "bob", "hi"),
            incoming(TEAM, 2, "alice", "two\nlines"))));
    assertEquals(0, cli.run("history", "-u", "alice", "team", "-n", "5"));
    assertEquals(List.of("[team] bob: hi", "[team] alice: two\u2424lines"), cli.outLines());
    verify(cli.ensureSession, never()).ensureSession(any());
  }

  @Test
  void recvPrintsWhatTheInboxHeld() {
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    when(cli.processInbox.processInbox(any())).thenReturn(new ProcessInboxResult.Processed(List.of(
        new InboxEvent.JoinedGroup(1, TEAM_ID, "bob", TEAM, 2),
        new InboxEvent.MessageReceived(2, incoming(TEAM, 1, "bob", "welcome!"))), 2, List.of()));
    assertEquals(0, cli.run("recv", "-u", "alice"));
    assertEquals(List.of("* joined team (invited by bob, 2 members)", "[team] bob: welcome!"), cli.outLines());
  }

  @Test
  void dmWithTextOpensTheChatAndSends() {
    when(cli.openDirectChat.openDirectChat(new OpenDirectChatCommand(ALICE, BOB)))
        .thenReturn(new OpenDirectChatResult.Ready(BOB_DM_ID, BOB_DM));
    when(cli.sendMessage.send(any())).thenReturn(new SendMessageResult.Sent(incoming(BOB_DM, 1, "alice", "x"), 1));
    assertEquals(0, cli.run("dm", "-u", "alice", "bob", "are", "you", "there?"));
    assertEquals(List.of("* direct chat with bob is ready (bob)"), cli.outLines());
    verify(cli.sendMessage).send(new SendMessageCommand(BOB_DM.id(), ALICE,
        new dev.quicnprotochat.domain.conversation.MessageBody("are you there?")));
  }

  @Test
  void whoamiNeedsNoServer() {
    when(cli.whoAmI.whoAmI(any())).thenReturn(new WhoAmIResult.Me(ALICE, new ServerAddress("127.0.0.1", 7000),
        ALICE_KEY, java.util.Optional.empty()));
    assertEquals(0, cli.run("whoami", "-u", "alice"));
    assertEquals(List.of("alice on 127.0.0.1:7000, identity key a1a1a1a1, no session"), cli.outLines());
    verify(cli.ensureSession, never()).ensureSession(any());
  }

  @Test
  void aCachedSessionNeedsNoAccountPassword() {
    cli.env.remove(EnvironmentVariables.PASSWORD);
    assertEquals(0, cli.run("join", "-u", "alice"));
    assertEquals(List.of("* no pending invitations"), cli.outLines());
    assertEquals("", cli.err());
  }

  @Test
  void aUsageErrorOfPicocliExitsWithTwo() {
    assertEquals(2, cli.run("remove", "-u", "alice", "team"));
    assertFalse(cli.err().contains("\tat "), cli.err());
  }

  /// The command's password, whether it holds one or (the lazy form) a source of one.
  private static dev.quicnprotochat.domain.client.AccountPassword passwordOf(EnsureSessionCommand command)
      throws ReflectiveOperationException {
    for (var component : command.getClass().getRecordComponents()) {
      Object value = component.getAccessor().invoke(command);
      if (value instanceof dev.quicnprotochat.domain.client.AccountPassword password) {
        return password;
      }
      if (value instanceof AccountPasswordSource source) {
        return source.password();
      }
    }
    throw new AssertionError("no password in " + command);
  }

  @Test
  void forgetServerForgetsTheRecordOfTheGivenServerWithoutASession() {
    ServerAddress server = new ServerAddress("chat.example.org", 7443);
    when(cli.knownServers.forget(server)).thenReturn(true);

    assertEquals(0, cli.run("forget-server", "--server", "chat.example.org:7443", "-u", "alice"));

    assertEquals(List.of("* forgot the certificate of chat.example.org:7443; the next connection records the one it "
        + "sees"), cli.outLines());
    assertEquals("", cli.err());
    assertEquals(server, cli.opened.getFirst().server());
    verify(cli.knownServers).forget(server);
    verify(cli.ensureSession, never()).ensureSession(any());
    verify(cli.profile).close();
  }

  @Test
  void forgetServerSaysWhenNothingWasRecorded() {
    assertEquals(0, cli.run("forget-server", "-u", "alice"));

    verify(cli.knownServers).forget(new ServerAddress("127.0.0.1", 7000));
    assertEquals(List.of("* no certificate of 127.0.0.1:7000 was recorded; the next connection records the one it "
        + "sees"), cli.outLines());
  }
}
