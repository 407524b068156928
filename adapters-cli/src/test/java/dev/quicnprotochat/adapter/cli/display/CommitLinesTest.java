package dev.quicnprotochat.adapter.cli.display;

import static dev.quicnprotochat.adapter.cli.TestData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommitLinesTest {
  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of(new GroupCommitResult.Committed(TEAM_ID, new Epoch(1), MembershipChange.adding(BOB_KEY), 1),
            Outcome.ok("done at epoch 1")),
        Arguments.of(new GroupCommitResult.AlreadyMember(BOB), Outcome.error("bob is already a member")),
        Arguments.of(new GroupCommitResult.NotAMember(BOB), Outcome.error("bob is not a member")),
        Arguments.of(new GroupCommitResult.UnknownUser(BOB), Outcome.error("unknown user bob")),
        Arguments.of(new GroupCommitResult.NoKeyPackage(BOB), Outcome.error(
            "bob has no key package left: they must come online once before they can be added")),
        Arguments.of(new GroupCommitResult.ContactKeyChanged(BOB, BOB_KEY, CAROL_KEY), Outcome.error(
            "bob's identity key changed (recorded b0b0b0b0, server now says c0c0c0c0): compare fingerprints with "
                + "them before trusting it; nothing was changed")),
        Arguments.of(new GroupCommitResult.CommitConflict(4), Outcome.error(
            "other members kept changing the group; gave up after 4 attempts, nothing changed: retry")),
        Arguments.of(new GroupCommitResult.NothingToCommit(TEAM_ID), Outcome.ok("* team: nothing to commit")),
        Arguments.of(new NoIdentity(), Outcome.error(
            "this profile has no identity yet: run 'register' (or any command that talks to the server)")),
        Arguments.of(new UnknownGroup(TEAM_ID), Outcome.error("not a member of team (left or removed)")),
        Arguments.of(new ServerRefused(ServerErrorCode.NOT_A_MEMBER, "not a member of the channel"),
            Outcome.error("not a member of this conversation (NOT_A_MEMBER): not a member of the channel")),
        Arguments.of(new ServerUnreachable("connection timed out"),
            Outcome.error("server unreachable: connection timed out")));
  }

  @ParameterizedTest
  @MethodSource("results")
  void everyCommitResultHasOneLine(GroupCommitResult result, Outcome expected) {
    assertEquals(expected, CommitLines.of(result, new FakeNames(), c -> "done at epoch " + c.epoch().value()));
  }

  @ParameterizedTest
  @EnumSource(ServerErrorCode.class)
  void everyRefusalIsOneLineNamingItsCode(ServerErrorCode code) {
    String line = Failures.refused(new ServerRefused(code, "detail\nmore"));
    assertEquals(1, line.lines().count());
    assertEquals(true, line.contains("(" + code.name() + "): detail"), line);
  }

  @ParameterizedTest
  @MethodSource("results")
  void noLineCarriesALineBreak(GroupCommitResult result, Outcome ignored) {
    String text = CommitLines.of(result, new FakeNames(), c -> "x").text();
    assertEquals(1, Arrays.stream(text.split("\n")).count());
  }
}
