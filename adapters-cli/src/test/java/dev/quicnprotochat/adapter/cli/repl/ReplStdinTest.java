package dev.quicnprotochat.adapter.cli.repl;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.adapter.cli.CliHarness;
import dev.quicnprotochat.adapter.cli.command.EnvironmentVariables;
import dev.quicnprotochat.application.port.in.client.*;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.conversation.MessageBody;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.ArgumentCaptor;

/// The REPL driven through stdin, as scripts and the end-to-end test drive it.
@Timeout(30)
class ReplStdinTest {
  private final CliHarness cli = new CliHarness();

  @Test
  void groupInviteAndSendPrintTheirFixedLines() {
    when(cli.createGroup.createGroup(new CreateGroupCommand("team")))
        .thenReturn(new CreateGroupResult.GroupCreated(TEAM_ID, TEAM));
    when(cli.invite.invite(new InviteCommand(TEAM_ID, BOB))).thenReturn(
        new GroupCommitResult.Committed(TEAM_ID, new Epoch(1), MembershipChange.adding(BOB_KEY), 1));
    when(cli.sendMessage.send(any())).thenReturn(new SendMessageResult.Sent(incoming(TEAM, 1, "alice", "x"), 1));

    assertEquals(0, cli.runWithInput("/group team\n/invite bob\nhello bob\n", "repl", "-u", "alice", "--stdin"));

    assertEquals(List.of("* created group team", "* invited bob to team (epoch 1)"), cli.outLines());
    verify(cli.sendMessage).send(new SendMessageCommand(TEAM.id(), ALICE, new MessageBody("hello bob")));
    verify(cli.watch).close();
    verify(cli.profile).close();
  }

  @Test
  void errorsArePrintedAndTheReplKeepsGoing() {
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.NotFound("nope"));
    when(cli.listConversations.listConversations()).thenReturn(List.of());

    assertEquals(0, cli.runWithInput("hello\n/switch nope\n/frobnicate\n/list\n", "repl", "-u", "alice"));

    assertEquals(List.of(
        "error: no conversation selected: /switch CONV, /group TITLE or /dm USER first",
        "error: unknown conversation 'nope' (see 'list')",
        "error: unknown command /frobnicate (see /help)",
        "* no conversations yet: create-group TITLE, or dm USER"), cli.outLines());
    assertEquals("", cli.err());
  }

  @Test
  void quitStopsReadingAndEndOfInputQuitsToo() {
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.Found(TEAM));
    assertEquals(0, cli.runWithInput("/switch team\n/quit\nnot sent\n", "repl", "-u", "alice"));
    assertEquals(List.of("* now in team"), cli.outLines());
    verify(cli.sendMessage, never()).send(any());
  }

  @Test
  void incomingEventsAndStatusChangesArePrintedInTheFixedFormats() {
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    when(cli.listMembers.listMembers(any())).thenReturn(new ListMembersResult.Members(TEAM_ID, new Epoch(3),
        List.of(new ListMembersResult.Member("you", ALICE_KEY, true),
            new ListMembersResult.Member("carol", CAROL_KEY, false))));
    when(cli.watchInbox.watch(any(), any())).thenAnswer(call -> {
      InboxWatchListener listener = call.getArgument(1);
      listener.statusChanged(new WatchStatus.Subscribed());
      listener.processed(new ProcessInboxResult.Processed(List.of(
          new InboxEvent.JoinedGroup(1, TEAM_ID, "bob", TEAM, 3),
          new InboxEvent.MessageReceived(2, incoming(TEAM, 1, "bob", "hi all")),
          new InboxEvent.GroupChanged(3, TEAM_ID, "bob", MembershipChange.removing(CAROL_KEY), new Epoch(4)),
          new InboxEvent.RemovedFromGroup(4, TEAM_ID, "bob")), 4, List.of()));
      return cli.watch;
    });

    assertEquals(0, cli.runWithInput("", "repl", "-u", "alice"));

    assertEquals(List.of(
        "* connection: subscribed, messages arrive as they are sent",
        "* joined team (invited by bob, 3 members)",
        "[team] bob: hi all",
        "* team: bob removed carol (epoch 4)",
        "* you were removed from team by bob"), cli.outLines());
  }

  @Test
  void pollIntervalAndBackoffComeFromTheEnvironment() {
    cli.env.put(EnvironmentVariables.POLL_SECONDS, "1");
    cli.env.put(EnvironmentVariables.BACKOFF_MILLIS, "50");
    assertEquals(0, cli.runWithInput("", "repl", "-u", "alice"));
    ArgumentCaptor<WatchInboxCommand> command = ArgumentCaptor.forClass(WatchInboxCommand.class);
    verify(cli.watchInbox).watch(command.capture(), any());
    assertEquals(Duration.ofSeconds(1), command.getValue().pollInterval());
    assertEquals(Duration.ofMillis(50), command.getValue().initialBackoff());
    assertEquals(WatchInboxCommand.DEFAULTS.maxBackoff(), command.getValue().maxBackoff());
  }

  @Test
  void membersLeaveUpdateAndHistoryWorkOnTheCurrentConversation() {
    when(cli.findConversation.findConversation(any())).thenReturn(new FindConversationResult.Found(TEAM));
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    when(cli.listMembers.listMembers(any())).thenReturn(new ListMembersResult.Members(TEAM_ID, new Epoch(1),
        List.of(new ListMembersResult.Member("you", ALICE_KEY, true),
            new ListMembersResult.Member("bob", BOB_KEY, false))));
    when(cli.updateKeys.updateKeys(any())).thenReturn(
        new GroupCommitResult.Committed(TEAM_ID, new Epoch(2), MembershipChange.NONE, 1));
    when(cli.showHistory.showHistory(new ShowHistoryCommand(TEAM.id(), 1))).thenReturn(
        new ShowHistoryResult.History(TEAM, List.of(incoming(TEAM, 7, "bob", "latest"))));
    when(cli.leaveGroup.leaveGroup(any())).thenReturn(new LeaveGroupResult.Left(TEAM_ID, 1));

    cli.runWithInput("/switch te\n/members\n/update\n/history 1\n/leave\n/members\n", "repl", "-u", "alice");

    assertEquals(List.of("* now in team", "* members of team (epoch 1)", "  - alice (you)", "  - bob",
        "* updated your keys in team (epoch 2)", "[team] bob: latest",
        "* left team (1 members notified; its history stays here)",
        "error: no conversation selected: /switch CONV, /group TITLE or /dm USER first"), cli.outLines());
  }

  @Test
  void chatStartsInTheDirectChatAndSendsEveryLineThere() {
    when(cli.openDirectChat.openDirectChat(new OpenDirectChatCommand(ALICE, BOB)))
        .thenReturn(new OpenDirectChatResult.Ready(BOB_DM_ID, BOB_DM));
    when(cli.sendMessage.send(any())).thenReturn(new SendMessageResult.Sent(incoming(BOB_DM, 1, "alice", "x"), 1));

    assertEquals(0, cli.runWithInput("hi bob\n", "chat", "-u", "alice", "bob"));

    assertEquals(List.of("* direct chat with bob is ready (bob)"), cli.outLines());
    verify(cli.sendMessage).send(new SendMessageCommand(BOB_DM.id(), ALICE, new MessageBody("hi bob")));
  }

  @Test
  void recvWaitPrintsArrivalsUntilTheWatchStops() {
    when(cli.listConversations.listConversations()).thenReturn(List.of(TEAM));
    when(cli.watchInbox.watch(any(), any())).thenAnswer(call -> {
      InboxWatchListener listener = call.getArgument(1);
      listener.statusChanged(new WatchStatus.Subscribed());
      listener.processed(new ProcessInboxResult.Processed(List.of(
          new InboxEvent.MessageReceived(1, incoming(TEAM, 1, "bob", "still there?"))), 1, List.of()));
      listener.statusChanged(new WatchStatus.Stopped("the session expired: log in again"));
      return cli.watch;
    });

    assertEquals(0, cli.run("recv", "-u", "alice", "--wait", "600"));

    assertEquals(List.of("* connection: subscribed, messages arrive as they are sent", "[team] bob: still there?",
        "* connection: stopped receiving: the session expired: log in again"), cli.outLines());
    verify(cli.watch).close();
  }

  @Test
  void dmToAChatThePeerOpenedFirstSwitchesWhenItIsJoined() {
    when(cli.openDirectChat.openDirectChat(any())).thenReturn(new OpenDirectChatResult.AwaitingWelcome(BOB_DM_ID));
    when(cli.processInbox.processInbox(any())).thenReturn(new ProcessInboxResult.Processed(List.of(
        new InboxEvent.JoinedGroup(1, BOB_DM_ID, "bob", BOB_DM, 2)), 1, List.of()));
    when(cli.listConversations.listConversations()).thenReturn(List.of(BOB_DM));
    when(cli.sendMessage.send(any())).thenReturn(new SendMessageResult.Sent(incoming(BOB_DM, 1, "alice", "x"), 1));

    cli.runWithInput("/dm bob\n/join\nhi\n", "repl", "-u", "alice");

    assertEquals(List.of("* bob opened this chat first: waiting for their invitation",
        "* joined bob (invited by bob, 2 members)", "* now in bob"), cli.outLines());
    verify(cli.sendMessage).send(new SendMessageCommand(BOB_DM.id(), ALICE, new MessageBody("hi")));
  }

  @Test
  void joinReportsWhenThereIsNothingToJoin() {
    cli.runWithInput("/join\n", "repl", "-u", "alice");
    assertEquals(List.of("* no pending invitations"), cli.outLines());
  }

  @Test
  void aSessionThatCannotStartEndsTheReplWithOneErrorOnStdout() {
    when(cli.ensureSession.ensureSession(any())).thenReturn(new ServerUnreachable("no answer from 127.0.0.1:7000"));
    assertEquals(1, cli.runWithInput("/list\n", "repl", "-u", "alice"));
    assertEquals(List.of("error: server unreachable: no answer from 127.0.0.1:7000"), cli.outLines());
    verify(cli.watchInbox, never()).watch(any(), any());
  }

  @Test
  void nonInteractiveReplNeverTouchesTheHistory() {
    cli.runWithInput("/list\n", "repl", "-u", "alice");
    assertTrue(org.mockito.Mockito.mockingDetails(cli.commandHistory).getInvocations().isEmpty());
  }
}
