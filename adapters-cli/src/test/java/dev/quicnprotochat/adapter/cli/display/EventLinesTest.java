package dev.quicnprotochat.adapter.cli.display;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventLinesTest {
  private final FakeNames names = new FakeNames();

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(new InboxEvent.MessageReceived(1, incoming(TEAM, 1, "bob", "hello")), "[team] bob: hello"),
        Arguments.of(new InboxEvent.JoinedGroup(2, TEAM_ID, "alice", TEAM, 3),
            "* joined team (invited by alice, 3 members)"),
        Arguments.of(new InboxEvent.GroupChanged(3, TEAM_ID, "alice", MembershipChange.adding(BOB_KEY, CAROL_KEY),
            new Epoch(2)), "* team: alice added bob, carol (epoch 2)"),
        Arguments.of(new InboxEvent.GroupChanged(4, TEAM_ID, "alice", MembershipChange.removing(CAROL_KEY),
            new Epoch(3)), "* team: alice removed carol (epoch 3)"),
        Arguments.of(new InboxEvent.GroupChanged(5, TEAM_ID, "bob", new MembershipChange(Set.of(CAROL_KEY),
            Set.of(ALICE_KEY)), new Epoch(4)), "* team: bob added carol and removed unknown member a1a1a1a1 (epoch 4)"),
        Arguments.of(new InboxEvent.GroupChanged(6, TEAM_ID, "bob", MembershipChange.NONE, new Epoch(5)),
            "* team: bob updated their keys (epoch 5)"),
        Arguments.of(new InboxEvent.RemovedFromGroup(7, TEAM_ID, "alice"), "* you were removed from team by alice"),
        Arguments.of(new InboxEvent.ProposalReceived(8, TEAM_ID),
            "* team: a member asked to leave; the next commit removes them"),
        Arguments.of(new InboxEvent.Skipped(9, TEAM_ID, "duplicate message"),
            "* skipped inbox entry 9: duplicate message"));
  }

  @ParameterizedTest
  @MethodSource("events")
  void everyEventHasItsFixedLine(InboxEvent event, String line) {
    assertEquals(Optional.of(line), EventLines.of(event, names));
  }

  @Test
  void peerTextCannotInjectEscapesOrExtraLines() {
    var event = new InboxEvent.MessageReceived(1, incoming(TEAM, 1, "bob", "hi\u001b[2J\nforged: line\u202e"));
    assertEquals(Optional.of("[team] bob: hi\uFFFD[2J\u2424forged: line\uFFFD"), EventLines.of(event, names));
  }

  @Test
  void aDrainPrintsItsEventsThenTheCommitsOfReceivedProposals() {
    var processed = new ProcessInboxResult.Processed(List.of(new InboxEvent.ProposalReceived(1, TEAM_ID)), 1,
        List.of(new GroupCommitResult.Committed(TEAM_ID, new Epoch(4), MembershipChange.removing(CAROL_KEY), 1),
            new GroupCommitResult.NothingToCommit(TEAM_ID), new GroupCommitResult.CommitConflict(4)));
    assertEquals(List.of(Outcome.ok("* team: a member asked to leave; the next commit removes them"),
        Outcome.ok("* team: you removed carol (epoch 4)"),
        Outcome.error("other members kept changing the group; gave up after 4 attempts, nothing changed: retry")),
        EventLines.of(processed, names));
  }
}
