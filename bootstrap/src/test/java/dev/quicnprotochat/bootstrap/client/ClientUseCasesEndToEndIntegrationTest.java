package dev.quicnprotochat.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.adapter.quic.ClientSettings;
import dev.quicnprotochat.adapter.quic.QpcServer;
import dev.quicnprotochat.adapter.quic.ServerTrust;
import dev.quicnprotochat.application.port.in.client.CreateGroupCommand;
import dev.quicnprotochat.application.port.in.client.CreateGroupResult;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.InboxEvent;
import dev.quicnprotochat.application.port.in.client.InviteCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupCommand;
import dev.quicnprotochat.application.port.in.client.LeaveGroupResult;
import dev.quicnprotochat.application.port.in.client.ProcessInboxCommand;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.RemoveMemberCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.client.ReplenishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.client.SendMessageCommand;
import dev.quicnprotochat.application.port.in.client.SendMessageResult;
import dev.quicnprotochat.application.port.in.client.UpdateKeysCommand;
import dev.quicnprotochat.application.port.out.HistoryQuery;
import dev.quicnprotochat.bootstrap.ServerComponent;
import dev.quicnprotochat.bootstrap.config.ServerConfigLoader;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.conversation.ConversationId;
import dev.quicnprotochat.domain.conversation.Message;
import dev.quicnprotochat.domain.conversation.MessageBody;
import dev.quicnprotochat.domain.conversation.MessageDirection;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// The client use cases with every real adapter (QUIC gateway, OPAQUE, Ed25519, MLS, encrypted file state,
/// encrypted SQLite conversations) against the real server started in-process on the file store.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClientUseCasesEndToEndIntegrationTest {

  @TempDir
  Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private ClientSettings settings;

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
  }

  @Test
  void threeClientsCreateInviteTalkUpdateAndRemove() throws Exception {
    startServer();
    TestClient alice = client("alice");
    TestClient bob = client("bob");
    TestClient carol = client("carol");
    for (TestClient c : List.of(alice, bob, carol)) {
      assertEquals(new EnsureSessionResult.SessionReady(c.username, EnsureSessionResult.How.REGISTERED),
          c.ensureSession());
      assertInstanceOf(ReplenishKeyPackagesResult.Published.class,
          c.replenish.replenish(new ReplenishKeyPackagesCommand(2, 3, false)));
    }

    CreateGroupResult.GroupCreated created = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup.createGroup(new CreateGroupCommand("team")));
    ChannelId group = created.group();
    GroupCommitResult.Committed addBob = assertInstanceOf(GroupCommitResult.Committed.class,
        alice.invite.invite(new InviteCommand(group, bob.username)));
    assertEquals(new Epoch(1), addBob.epoch());
    InboxEvent.JoinedGroup bobJoined = single(InboxEvent.JoinedGroup.class, drain(bob));
    assertEquals("alice", bobJoined.inviter());
    assertEquals(2, bobJoined.members());
    assertEquals("team", bobJoined.conversation().title(), "the creator's title reaches the joiner");

    // bob's update wins epoch 1 while alice has not read it: her invite of carol is refused with STALE_EPOCH, the
    // commit runner drains her inbox (applying bob's commit) and commits again on epoch 2.
    assertInstanceOf(GroupCommitResult.Committed.class, bob.updateKeys.updateKeys(new UpdateKeysCommand(group)));
    GroupCommitResult.Committed addCarol = assertInstanceOf(GroupCommitResult.Committed.class,
        alice.invite.invite(new InviteCommand(group, carol.username)));
    assertEquals(2, addCarol.attempts());
    assertEquals(new Epoch(3), addCarol.epoch());
    assertEquals(Set.of(carol.vault.load().orElseThrow().publicKey()), addCarol.change().added());

    single(InboxEvent.GroupChanged.class, drain(bob));
    InboxEvent.JoinedGroup carolJoined = single(InboxEvent.JoinedGroup.class, drain(carol));
    assertEquals("alice", carolJoined.inviter());
    assertEquals("team", carolJoined.conversation().title());
    assertEquals(3, carolJoined.members());

    SendMessageResult.Sent sent = assertInstanceOf(SendMessageResult.Sent.class, bob.send.send(
        new SendMessageCommand(bobJoined.conversation().id(), bob.username, new MessageBody("hello team"))));
    assertEquals(2, sent.recipients());
    for (TestClient reader : List.of(alice, carol)) {
      InboxEvent.MessageReceived received = single(InboxEvent.MessageReceived.class, drain(reader));
      assertEquals("bob", received.message().sender());
      assertEquals("hello team", received.message().body().text());
    }
    assertEquals(List.of("bob: hello team"), history(alice, created.conversation().id()));
    assertEquals(List.of("bob: hello team"), history(carol, carolJoined.conversation().id()));
    assertEquals(MessageDirection.OUTGOING,
        bob.conversations.history(bobJoined.conversation().id(), HistoryQuery.latest(10)).getFirst().direction());

    assertInstanceOf(GroupCommitResult.Committed.class, alice.updateKeys.updateKeys(new UpdateKeysCommand(group)));
    single(InboxEvent.GroupChanged.class, drain(bob));
    single(InboxEvent.GroupChanged.class, drain(carol));

    GroupCommitResult.Committed removed = assertInstanceOf(GroupCommitResult.Committed.class,
        alice.remove.removeMember(new RemoveMemberCommand(group, carol.username)));
    assertEquals(Set.of(carol.vault.load().orElseThrow().publicKey()), removed.change().removed());
    assertEquals("alice", single(InboxEvent.RemovedFromGroup.class, drain(carol)).by());
    assertTrue(carol.groups.load(group).isEmpty(), "carol's group state is deleted");
    single(InboxEvent.GroupChanged.class, drain(bob));

    assertEquals(1, assertInstanceOf(SendMessageResult.Sent.class, alice.send.send(new SendMessageCommand(
        created.conversation().id(), alice.username, new MessageBody("carol is gone")))).recipients());
    assertEquals("carol is gone", single(InboxEvent.MessageReceived.class, drain(bob)).message().body().text());
    assertTrue(drain(carol).stream().noneMatch(e -> e instanceof InboxEvent.MessageReceived));
    assertEquals(List.of("bob: hello team"), history(carol, carolJoined.conversation().id()));
  }

  @Test
  void aLeavingMembersProposalIsCommittedByTheFirstMemberToReadIt() throws Exception {
    startServer();
    TestClient alice = client("alice");
    TestClient bob = client("bob");
    TestClient carol = client("carol");
    for (TestClient c : List.of(alice, bob, carol)) {
      assertInstanceOf(EnsureSessionResult.SessionReady.class, c.ensureSession());
      c.replenish.replenish(new ReplenishKeyPackagesCommand(2, 2, true));
    }
    ChannelId group = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup.createGroup(new CreateGroupCommand("team"))).group();
    assertInstanceOf(GroupCommitResult.Committed.class, alice.invite.invite(new InviteCommand(group, bob.username)));
    assertInstanceOf(GroupCommitResult.Committed.class,
        alice.invite.invite(new InviteCommand(group, carol.username)));
    drain(bob);
    single(InboxEvent.JoinedGroup.class, drain(carol));

    // RFC 9420 §12.2: carol cannot commit her own removal; she proposes it and forgets the group
    assertEquals(new LeaveGroupResult.Left(group, 2), carol.leave.leaveGroup(new LeaveGroupCommand(group)));
    assertTrue(carol.groups.load(group).isEmpty());

    ProcessInboxResult.Processed atAlice = assertInstanceOf(ProcessInboxResult.Processed.class,
        alice.processInbox.processInbox(new ProcessInboxCommand(100)));
    single(InboxEvent.ProposalReceived.class, atAlice.events());
    GroupCommitResult.Committed committed =
        assertInstanceOf(GroupCommitResult.Committed.class, atAlice.commits().getFirst());
    assertEquals(Set.of(carol.vault.load().orElseThrow().publicKey()), committed.change().removed());

    // bob reads the proposal and alice's commit in one drain: nothing is left for him to commit
    ProcessInboxResult.Processed atBob = assertInstanceOf(ProcessInboxResult.Processed.class,
        bob.processInbox.processInbox(new ProcessInboxCommand(100)));
    assertTrue(atBob.events().stream().anyMatch(e -> e instanceof InboxEvent.GroupChanged), atBob::toString);
    assertTrue(atBob.commits().stream().noneMatch(c -> c instanceof GroupCommitResult.Committed), atBob::toString);
    assertEquals(2, new MlsGroupEngine().members(bob.groups.load(group).orElseThrow()).size());
  }

  @Test
  void twoMembersInvitingAtOnceBothEndUpCommittedOnDifferentEpochs() throws Exception {
    startServer();
    TestClient alice = client("alice");
    TestClient bob = client("bob");
    TestClient carol = client("carol");
    TestClient dave = client("dave");
    for (TestClient c : List.of(alice, bob, carol, dave)) {
      assertInstanceOf(EnsureSessionResult.SessionReady.class, c.ensureSession());
      c.replenish.replenish(new ReplenishKeyPackagesCommand(2, 2, true));
    }
    ChannelId group = assertInstanceOf(CreateGroupResult.GroupCreated.class,
        alice.createGroup.createGroup(new CreateGroupCommand("team"))).group();
    assertInstanceOf(GroupCommitResult.Committed.class, alice.invite.invite(new InviteCommand(group, bob.username)));
    single(InboxEvent.JoinedGroup.class, drain(bob));

    // Both commit from epoch 1 at the same moment; whichever loses gets STALE_EPOCH and the commit runner retries
    // on the winner's epoch (when the threads happen not to overlap, both simply succeed first time).
    CyclicBarrier start = new CyclicBarrier(2);
    GroupCommitResult byAlice;
    GroupCommitResult byBob;
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {   // the common pool may have one thread
      Future<GroupCommitResult> aliceInvites = threads.submit(() -> {
        await(start);
        return alice.invite.invite(new InviteCommand(group, carol.username));
      });
      Future<GroupCommitResult> bobInvites = threads.submit(() -> {
        await(start);
        return bob.invite.invite(new InviteCommand(group, dave.username));
      });
      byAlice = aliceInvites.get(60, TimeUnit.SECONDS);
      byBob = bobInvites.get(60, TimeUnit.SECONDS);
    }
    GroupCommitResult.Committed a = assertInstanceOf(GroupCommitResult.Committed.class, byAlice);
    GroupCommitResult.Committed b = assertInstanceOf(GroupCommitResult.Committed.class, byBob);
    assertEquals(Set.of(2L, 3L), Set.of(a.epoch().value(), b.epoch().value()));
    assertTrue(a.attempts() + b.attempts() >= 2);

    drain(alice);
    drain(bob);
    // the invitee of the epoch-2 commit joins and then applies the epoch-3 commit; the other only joins
    for (TestClient joiner : List.of(carol, dave)) {
      List<InboxEvent> events = drain(joiner);
      assertInstanceOf(InboxEvent.JoinedGroup.class, events.getFirst());
      assertTrue(events.stream().skip(1).allMatch(e -> e instanceof InboxEvent.GroupChanged), events::toString);
    }
    MlsGroupEngine engine = new MlsGroupEngine();
    for (TestClient c : List.of(alice, bob, carol, dave)) {
      SerializedGroupState state = c.groups.load(group).orElseThrow();
      assertEquals(new Epoch(3), engine.epoch(state), c.username.value());
      assertEquals(4, engine.members(state).size(), c.username.value());
    }
    SendMessageResult.Sent sent = assertInstanceOf(SendMessageResult.Sent.class, dave.send.send(new SendMessageCommand(
        dave.conversations.list().getFirst().id(), dave.username, new MessageBody("hi all"))));
    assertEquals(3, sent.recipients());
    for (TestClient c : List.of(alice, bob, carol)) {
      assertEquals("dave", single(InboxEvent.MessageReceived.class, drain(c)).message().sender());
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> history(TestClient client, ConversationId conversation) {
    return client.conversations.history(conversation, HistoryQuery.latest(10)).stream()
        .map((Message m) -> m.sender() + ": " + m.body().text()).toList();
  }

  private static List<InboxEvent> drain(TestClient client) {
    return assertInstanceOf(ProcessInboxResult.Processed.class,
        client.processInbox.processInbox(new ProcessInboxCommand(100))).events();
  }

  private static <T extends InboxEvent> T single(Class<T> type, List<InboxEvent> events) {
    assertEquals(1, events.size(), () -> "expected one " + type.getSimpleName() + ", got " + events);
    return assertInstanceOf(type, events.getFirst());
  }

  private TestClient client(String name) throws Exception {
    TestClient client = new TestClient(name, settings, dir.resolve(name));
    open.add(client);
    return client;
  }

  private void startServer() throws Exception {
    Path data = dir.resolve("server");
    Map<String, String> flags = new HashMap<>();
    flags.put("listen", "127.0.0.1:0");
    flags.put("data_dir", data.toString());
    flags.put("store_backend", "file");
    ServerComponent component = ServerComponent.create(ServerConfigLoader.load(Optional.empty(), Map.of(), flags));
    open.add(component.resources());
    QpcServer server = component.server();
    open.add(server);
    InetSocketAddress address = server.start();
    settings = new ClientSettings(address.getHostString(), address.getPort(),
        ServerTrust.pinned(data.resolve("server-cert.pem")));
    assertFalse(settings.host().isEmpty());
  }
}
