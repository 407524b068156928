package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.CreateGroupCommand;
import dev.quicnprotochat.application.port.in.client.CreateGroupResult;
import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.RemoveMemberCommand;
import dev.quicnprotochat.application.port.in.client.UpdateKeysCommand;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.testing.client.ClientHarness;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.FakeGroupEngine;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupServicesTest {

  private static final Username BOB = Username.of("bob");
  private static final Username CAROL = Username.of("carol");

  private final ClientHarness alice = new ClientHarness();
  private final IdentityKey bob = ClientStateTestData.anIdentityKey();
  private final IdentityKey carol = ClientStateTestData.anIdentityKey();
  private final ChannelId group = ClientStateTestData.aGroupId();
  private final InviteService invite = new InviteService(alice.server, alice.vault, alice.engine, alice.groups,
      alice.contacts, alice.commits, alice.clock);

  private void groupWithBobAtEpoch1() {
    alice.groups.save(group, FakeGroupEngine.state(group, 1, alice.self(), List.of(alice.self(), bob)));
  }

  private KeyPackageRef carolPublishedAKeyPackage() {
    when(alice.server.resolveUser(CAROL)).thenReturn(carol);
    KeyPackageRef ref = ClientStateTestData.aKeyPackageRef();
    when(alice.server.fetchKeyPackage(carol)).thenReturn(
        Optional.of(new StoredKeyPackage(ref, FakeGroupEngine.keyPackage(carol, ref), false)));
    return ref;
  }

  private SerializedGroupState aliceState() {
    return alice.groups.load(group).orElseThrow();
  }

  private static ServerCallException stale(long current) {
    return new ServerCallException(ServerErrorCode.STALE_EPOCH, "stale", Optional.of(new Epoch(current)));
  }

  @Test
  void createGroupMakesTheChannelTheGroupAndItsConversation() {
    when(alice.server.createChannel(Optional.empty())).thenReturn(new ServerChannelOpened(group, Epoch.ZERO, true));
    CreateGroupService service = new CreateGroupService(alice.server, alice.vault, alice.engine, alice.groups,
        alice.conversations, alice.clock);

    CreateGroupResult result = service.createGroup(new CreateGroupCommand(" team "));

    CreateGroupResult.GroupCreated created = assertInstanceOf(CreateGroupResult.GroupCreated.class, result);
    assertEquals(group, created.group());
    assertEquals(List.of(alice.self()), alice.engine.members(aliceState()));
    assertEquals(0, alice.engine.epoch(aliceState()).value());
    var conversation = alice.conversations.find(ConversationId.of(group.value())).orElseThrow();
    assertEquals("team", conversation.title());
    assertEquals(ConversationKind.GROUP, conversation.kind());
  }

  @Test
  void inviteCommitsTheAddWithAWelcomeAndSavesTheStateOnceAccepted() {
    groupWithBobAtEpoch1();
    carolPublishedAKeyPackage();
    when(alice.server.submitCommit(eq(group), eq(new Epoch(1)), any(), any(), any(), any())).thenReturn(new Epoch(2));

    GroupCommitResult result = invite.invite(new InviteCommand(group, CAROL));

    assertEquals(new GroupCommitResult.Committed(group, new Epoch(2), MembershipChange.adding(carol), 1), result);
    verify(alice.server).submitCommit(eq(group), eq(new Epoch(1)), eq(MembershipChange.adding(carol)), any(),
        any(), eq(Optional.empty()));
    assertEquals(2, alice.engine.epoch(aliceState()).value());
    assertEquals(List.of(alice.self(), bob, carol), alice.engine.members(aliceState()));
    assertTrue(alice.contacts.find(CAROL).isPresent(), "the invitee's key is recorded on first use");
  }

  @Test
  void staleEpochIsRetriedAfterProcessingTheOtherMembersCommit() {
    groupWithBobAtEpoch1();
    carolPublishedAKeyPackage();
    when(alice.server.resolveIdentity(bob)).thenReturn(BOB);
    when(alice.server.submitCommit(eq(group), eq(new Epoch(1)), any(), any(), any(), any())).thenThrow(stale(2));
    // bob's update commit, made in epoch 1, won the race
    when(alice.server.fetchInbox(anyLong(), anyInt())).thenReturn(
        List.of(new InboxEntry(9, group, FakeGroupEngine.commit(group, 1, bob, Set.of(), Set.of()),
            Optional.of(bob))), List.of());
    when(alice.server.submitCommit(eq(group), eq(new Epoch(2)), any(), any(), any(), any())).thenReturn(new Epoch(3));

    GroupCommitResult result = invite.invite(new InviteCommand(group, CAROL));

    assertEquals(new GroupCommitResult.Committed(group, new Epoch(3), MembershipChange.adding(carol), 2), result);
    assertEquals(3, alice.engine.epoch(aliceState()).value());
    assertEquals(List.of(alice.self(), bob, carol), alice.engine.members(aliceState()));
    verify(alice.server).ackInbox(9);
    verify(alice.server, times(1)).fetchKeyPackage(carol);
  }

  @Test
  void commitConflictAfterBoundedAttemptsLeavesTheStateUnchanged() {
    groupWithBobAtEpoch1();
    carolPublishedAKeyPackage();
    SerializedGroupState before = aliceState();
    when(alice.server.submitCommit(any(), any(), any(), any(), any(), any())).thenThrow(stale(5));
    when(alice.server.fetchInbox(anyLong(), anyInt())).thenReturn(List.of());

    GroupCommitResult result = invite.invite(new InviteCommand(group, CAROL));

    assertEquals(new GroupCommitResult.CommitConflict(CommitRunner.MAX_ATTEMPTS), result);
    assertEquals(before, aliceState());
  }

  @Test
  void inviteOfAnUnknownUserCommitsNothing() {
    groupWithBobAtEpoch1();
    when(alice.server.resolveUser(CAROL)).thenThrow(new ServerCallException(ServerErrorCode.UNKNOWN_USER, "no"));

    assertEquals(new GroupCommitResult.UnknownUser(CAROL), invite.invite(new InviteCommand(group, CAROL)));
    verify(alice.server, never()).submitCommit(any(), any(), any(), any(), any(), any());
  }

  @Test
  void inviteWithoutAKeyPackageLeftSaysSo() {
    groupWithBobAtEpoch1();
    when(alice.server.resolveUser(CAROL)).thenReturn(carol);
    when(alice.server.fetchKeyPackage(carol)).thenReturn(Optional.empty());

    assertEquals(new GroupCommitResult.NoKeyPackage(CAROL), invite.invite(new InviteCommand(group, CAROL)));
  }

  @Test
  void inviteOfAMemberTakesNoKeyPackage() {
    groupWithBobAtEpoch1();
    when(alice.server.resolveUser(BOB)).thenReturn(bob);

    assertEquals(new GroupCommitResult.AlreadyMember(BOB), invite.invite(new InviteCommand(group, BOB)));
    verify(alice.server, never()).fetchKeyPackage(any());
  }

  @Test
  void inviteRefusesWhenTheDirectoryAnswersWithAnotherKeyThanTheRecordedOne() {
    groupWithBobAtEpoch1();
    alice.contacts.accept(CAROL, carol, alice.clock.instant());
    IdentityKey impostor = ClientStateTestData.anIdentityKey();
    when(alice.server.resolveUser(CAROL)).thenReturn(impostor);

    assertEquals(new GroupCommitResult.ContactKeyChanged(CAROL, carol, impostor),
        invite.invite(new InviteCommand(group, CAROL)));
    verify(alice.server, never()).fetchKeyPackage(any());
  }

  @Test
  void inviteToAGroupThisClientIsNotInIsUnknownGroup() {
    assertInstanceOf(dev.quicnprotochat.application.port.in.client.UnknownGroup.class,
        invite.invite(new InviteCommand(group, CAROL)));
  }

  @Test
  void removeCommitsTheRemovalOfAMember() {
    groupWithBobAtEpoch1();
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.submitCommit(eq(group), eq(new Epoch(1)), eq(MembershipChange.removing(bob)), any(), any(),
        any())).thenReturn(new Epoch(2));
    RemoveMemberService service = new RemoveMemberService(alice.server, alice.vault, alice.engine, alice.groups,
        alice.commits);

    GroupCommitResult result = service.removeMember(new RemoveMemberCommand(group, BOB));

    assertEquals(new GroupCommitResult.Committed(group, new Epoch(2), MembershipChange.removing(bob), 1), result);
    assertEquals(List.of(alice.self()), alice.engine.members(aliceState()));
  }

  @Test
  void removeOfANonMemberCommitsNothing() {
    groupWithBobAtEpoch1();
    when(alice.server.resolveUser(CAROL)).thenReturn(carol);
    RemoveMemberService service = new RemoveMemberService(alice.server, alice.vault, alice.engine, alice.groups,
        alice.commits);

    assertEquals(new GroupCommitResult.NotAMember(CAROL), service.removeMember(new RemoveMemberCommand(group, CAROL)));
  }

  @Test
  void updateMovesTheGroupToTheNextEpoch() {
    groupWithBobAtEpoch1();
    when(alice.server.submitCommit(eq(group), eq(new Epoch(1)), eq(MembershipChange.NONE), any(), eq(Optional.empty()),
        any())).thenReturn(new Epoch(2));
    UpdateKeysService service = new UpdateKeysService(alice.vault, alice.engine, alice.commits);

    assertEquals(new GroupCommitResult.Committed(group, new Epoch(2), MembershipChange.NONE, 1),
        service.updateKeys(new UpdateKeysCommand(group)));
    assertEquals(2, alice.engine.epoch(aliceState()).value());
  }

  @Test
  void aRefusedCommitIsReportedAndNotSaved() {
    groupWithBobAtEpoch1();
    SerializedGroupState before = aliceState();
    when(alice.server.submitCommit(any(), any(), any(), any(), any(), any())).thenThrow(
        new ServerCallException(ServerErrorCode.NOT_A_MEMBER, "you are not a member of this channel"));
    UpdateKeysService service = new UpdateKeysService(alice.vault, alice.engine, alice.commits);

    GroupCommitResult result = service.updateKeys(new UpdateKeysCommand(group));

    assertEquals(new dev.quicnprotochat.application.port.in.client.ServerRefused(ServerErrorCode.NOT_A_MEMBER,
        "you are not a member of this channel"), result);
    assertEquals(before, aliceState());
  }
}
