package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.LeaveGroupCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupResult;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.ConversationStore;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.testing.client.ClientHarness;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.FakeGroupEngine;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.conversation.Conversation;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.ConversationKind;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.InboxEntry;
import dev.quicnprotochat.mls.codec.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxServicesTest {

  private final ClientHarness bob = new ClientHarness();
  private final IdentityKey alice = ClientStateTestData.anIdentityKey();
  private final ChannelId group = ClientStateTestData.aGroupId();
  private final ProcessInboxService service = new ProcessInboxService(bob.vault, bob.inbox, bob.engine,
      bob.commits);

  @BeforeEach
  void directory() {
    when(bob.server.resolveIdentity(alice)).thenReturn(Username.of("alice"));
  }

  private void inbox(InboxEntry... entries) {
    when(bob.server.fetchInbox(anyLong(), anyInt())).thenReturn(List.of(entries), List.of());
  }

  private InboxEntry entry(long sequence, Bytes payload) {
    return new InboxEntry(sequence, group, payload, Optional.of(alice));
  }

  private ProcessInboxResult.Processed process() {
    return (ProcessInboxResult.Processed) service.processInbox(new ProcessInboxCommand(50));
  }

  private void joined() {
    bob.groups.save(group, FakeGroupEngine.state(group, 1, bob.self(), List.of(alice, bob.self())));
    bob.conversations.create(Conversation.start(ConversationId.of(group.value()), ConversationKind.GROUP, "team",
        bob.clock.instant()));
  }

  @Test
  void welcomeAutoJoinsAndCreatesAConversationNamedByTheInviter() {
    KeyPackageSecret secret = ClientStateTestData.aKeyPackageSecret();
    bob.secrets.saveAll(List.of(secret));
    inbox(entry(1, FakeGroupEngine.welcome(group, 1, List.of(alice, bob.self()), secret.ref())));

    ProcessInboxResult.Processed result = process();

    assertEquals(1, result.events().size());
    InboxEvent.JoinedGroup joined = assertInstanceOf(InboxEvent.JoinedGroup.class, result.events().getFirst());
    assertEquals("alice", joined.inviter());
    assertEquals(2, joined.members());
    assertEquals(1, bob.engine.epoch(bob.groups.load(group).orElseThrow()).value());
    Conversation conversation = bob.conversations.find(ConversationId.of(group.value())).orElseThrow();
    assertEquals("alice", conversation.title());
    assertEquals(ConversationKind.GROUP, conversation.kind());
    assertFalse(bob.secrets.refs().contains(secret.ref()), "a single-use secret opens one Welcome only");
    assertEquals(1, result.acknowledgedUpTo());
    verify(bob.server).ackInbox(1);
  }

  @Test
  void welcomeForAKeyPackageThisClientDoesNotHoldIsSkippedAndAcknowledged() {
    inbox(entry(4, FakeGroupEngine.welcome(group, 1, List.of(alice, bob.self()),
        ClientStateTestData.aKeyPackageRef())));

    ProcessInboxResult.Processed result = process();

    assertEquals(1, result.events().size());
    assertInstanceOf(InboxEvent.Skipped.class, result.events().getFirst());
    assertTrue(bob.groups.load(group).isEmpty());
    verify(bob.server).ackInbox(4);
  }

  @Test
  void applicationMessageIsStoredWithTheSendersUsername() {
    joined();
    inbox(entry(7, FakeGroupEngine.application(group, 1, alice, "hello bob")));

    ProcessInboxResult.Processed result = process();

    List<Message> history = bob.conversations.history(ConversationId.of(group.value()), HistoryQuery.latest(10));
    assertEquals(1, history.size());
    Message message = history.getFirst();
    assertEquals("alice", message.sender());
    assertEquals("hello bob", message.body().text());
    assertEquals(MessageDirection.INCOMING, message.direction());
    assertInstanceOf(InboxEvent.MessageReceived.class, result.events().getFirst());
    assertEquals(1, bob.engine.epoch(bob.groups.load(group).orElseThrow()).value());
  }

  @Test
  void removedMemberReportsItWasRemovedAndDropsTheGroupState() {
    joined();
    inbox(entry(2, FakeGroupEngine.commit(group, 1, alice, Set.of(), Set.of(bob.self()))));

    ProcessInboxResult.Processed result = process();

    assertEquals(1, result.events().size());
    InboxEvent.RemovedFromGroup removed = assertInstanceOf(InboxEvent.RemovedFromGroup.class,
        result.events().getFirst());
    assertEquals("alice", removed.by());
    assertTrue(bob.groups.load(group).isEmpty(), "the removed member's state is dropped");
    assertTrue(bob.conversations.find(ConversationId.of(group.value())).isPresent(), "its history is kept");
  }

  @Test
  void acknowledgesOnlyAfterTheNewStateIsSaved() {
    joined();
    inbox(entry(3, FakeGroupEngine.commit(group, 1, alice, Set.of(), Set.of())));
    AtomicBoolean savedBeforeAck = new AtomicBoolean();
    doAnswer(call -> {
      savedBeforeAck.set(bob.engine.epoch(bob.groups.load(group).orElseThrow()).value() == 2);
      return 1;
    }).when(bob.server).ackInbox(3);

    process();

    verify(bob.server).ackInbox(3);
    assertTrue(savedBeforeAck.get(), "the commit's state was saved before the ack");
  }

  @Test
  void undecryptableAndUnknownEntriesAreSkippedWithoutStoppingTheOthers() {
    joined();
    ChannelId stranger = ClientStateTestData.aGroupId();
    inbox(entry(1, Bytes.wrap("garbage".getBytes())),
        new InboxEntry(2, stranger, FakeGroupEngine.application(stranger, 0, alice, "?"), Optional.of(alice)),
        entry(3, FakeGroupEngine.application(group, 0, alice, "old epoch")),
        entry(4, FakeGroupEngine.application(group, 1, alice, "still works")));

    ProcessInboxResult.Processed result = process();

    assertEquals(4, result.events().size());
    assertTrue(result.events().subList(0, 3).stream().allMatch(InboxEvent.Skipped.class::isInstance));
    assertInstanceOf(InboxEvent.MessageReceived.class, result.events().get(3));
    assertEquals(4, result.acknowledgedUpTo());
  }

  @Test
  void aServerFailureBeforeAnythingWasProcessedAcknowledgesNothing() {
    when(bob.server.fetchInbox(anyLong(), anyInt())).thenThrow(new ServerUnreachableException("timed out"));

    assertEquals(new ServerUnreachable("timed out"), service.processInbox(new ProcessInboxCommand(50)));
    verify(bob.server, never()).ackInbox(anyLong());
  }

  @Test
  void aMembersRequestToLeaveIsCommittedByTheReceiver() {
    joined();
    inbox(entry(6, bob.engine.proposeLeave(FakeGroupEngine.state(group, 1, alice, List.of(alice, bob.self())))));
    when(bob.server.submitCommit(eq(group), eq(new Epoch(1)), eq(MembershipChange.removing(alice)), any(), any(),
        any())).thenReturn(new Epoch(2));

    ProcessInboxResult.Processed result = process();

    assertInstanceOf(InboxEvent.ProposalReceived.class, result.events().getFirst());
    assertEquals(List.of(new GroupCommitResult.Committed(group, new Epoch(2), MembershipChange.removing(alice), 1)),
        result.commits());
    assertEquals(List.of(bob.self()), bob.engine.members(bob.groups.load(group).orElseThrow()));
  }

  @Test
  void aLeaveAnotherMemberCommittedFirstLeavesNothingToCommit() {
    joined();
    IdentityKey carol = ClientStateTestData.anIdentityKey();
    when(bob.server.resolveIdentity(carol)).thenReturn(Username.of("carol"));
    bob.groups.save(group, FakeGroupEngine.state(group, 1, bob.self(), List.of(alice, bob.self(), carol)));
    // carol's commit of alice's proposal wins epoch 1; bob's own commit is stale and finds the proposal done
    when(bob.server.fetchInbox(anyLong(), anyInt())).thenReturn(
        List.of(entry(6, bob.engine.proposeLeave(FakeGroupEngine.state(group, 1, alice, List.of(alice))))),
        List.of(),
        List.of(new InboxEntry(7, group, FakeGroupEngine.commit(group, 1, carol, Set.of(), Set.of(alice)),
            Optional.of(carol))),
        List.of());
    when(bob.server.submitCommit(any(), any(), any(), any(), any(), any())).thenThrow(
        new ServerCallException(ServerErrorCode.STALE_EPOCH, "stale", Optional.of(new Epoch(2))));

    ProcessInboxResult.Processed result = process();

    assertEquals(List.of(new GroupCommitResult.NothingToCommit(group)), result.commits());
    assertEquals(List.of(bob.self(), carol), bob.engine.members(bob.groups.load(group).orElseThrow()));
  }

  @Test
  void leavingSendsTheRequestAndDropsTheStateButKeepsTheHistory() {
    joined();
    when(bob.server.sendToChannel(eq(group), any())).thenReturn(1);

    LeaveGroupResult result = new LeaveGroupService(bob.server, bob.engine, bob.groups)
        .leaveGroup(new LeaveGroupCommand(group));

    assertEquals(new LeaveGroupResult.Left(group, 1), result);
    assertTrue(bob.groups.load(group).isEmpty());
    assertTrue(bob.conversations.find(ConversationId.of(group.value())).isPresent());
  }

  @Test
  void aLeaveTheServerRefusedKeepsTheState() {
    joined();
    when(bob.server.sendToChannel(eq(group), any())).thenThrow(new ServerUnreachableException("timed out"));

    LeaveGroupResult result = new LeaveGroupService(bob.server, bob.engine, bob.groups)
        .leaveGroup(new LeaveGroupCommand(group));

    assertEquals(new ServerUnreachable("timed out"), result);
    assertTrue(bob.groups.load(group).isPresent());
  }

  @Test
  void aStorageFailureAcknowledgesOnlyTheEntriesWhoseEffectIsDurable() {
    ConversationStore failing = spy(bob.conversations);
    doThrow(new UncheckedIOException(new IOException("disk full"))).when(failing)
        .append(any(), argThat(message -> message.body().text().equals("two")));
    InboxProcessor processor = new InboxProcessor(bob.server, new InboxEntryHandler(bob.engine, bob.groups,
        bob.secrets, failing, bob.names, bob.clock));
    joined();
    inbox(entry(1, FakeGroupEngine.application(group, 1, alice, "one")),
        entry(2, FakeGroupEngine.application(group, 1, alice, "two")));

    assertThrows(UncheckedIOException.class, () -> processor.drain(bob.identity, 50));

    verify(bob.server).ackInbox(1);
    verify(bob.server, never()).ackInbox(2);
    assertEquals(1, bob.conversations.history(ConversationId.of(group.value()), HistoryQuery.latest(5)).size());
  }

  @Test
  void laterDrainsFetchAfterTheLastAcknowledgedEntry() {
    joined();
    when(bob.server.fetchInbox(anyLong(), anyInt())).thenReturn(
        List.of(entry(5, FakeGroupEngine.application(group, 1, alice, "one"))), List.of());
    process();

    process();

    verify(bob.server).fetchInbox(eq(5L), anyInt());
  }
}
