package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.GroupCommitResult;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatCommand;
import dev.quicnprotochat.application.port.in.client.OpenDirectChatResult;
import dev.quicnprotochat.application.port.out.client.ServerChannelOpened;
import dev.quicnprotochat.application.testing.client.ClientHarness;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.FakeGroupEngine;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.ChannelKind;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.client.Notepad;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
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

class OpenDirectChatServiceTest {

  private static final Username ALICE = Username.of("alice");
  private static final Username BOB = Username.of("bob");

  private final ClientHarness alice = new ClientHarness();
  private final IdentityKey bob = ClientStateTestData.anIdentityKey();
  private final ChannelId channel = ChannelId.direct(alice.self(), bob);
  private final InviteService invite = new InviteService(alice.server, alice.vault, alice.engine, alice.groups,
      alice.contacts, alice.commits, alice.clock);
  private final OpenDirectChatService service = new OpenDirectChatService(alice.server, alice.vault, alice.engine,
      alice.groups, alice.conversations, invite, alice.inbox, alice.clock);

  @Test
  void aDirectChatWithOneselfIsTheNotepad() {
    OpenDirectChatResult result = service.openDirectChat(new OpenDirectChatCommand(ALICE, ALICE));

    OpenDirectChatResult.NotepadOpened notepad = assertInstanceOf(OpenDirectChatResult.NotepadOpened.class, result);
    assertEquals(Notepad.ID, notepad.conversation().id());
    verifyNoInteractions(alice.server);
  }

  @Test
  void theOpenerCreatesTheGroupAndAddsThePeer() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.openDirectChannel(bob, Optional.empty()))
        .thenReturn(new ServerChannelOpened(channel, Epoch.ZERO, true));
    KeyPackageRef ref = ClientStateTestData.aKeyPackageRef();
    when(alice.server.fetchKeyPackage(bob))
        .thenReturn(Optional.of(new StoredKeyPackage(ref, FakeGroupEngine.keyPackage(bob, ref), false)));
    when(alice.server.submitCommit(eq(channel), eq(Epoch.ZERO), any(), any(), any(), any())).thenReturn(new Epoch(1));

    OpenDirectChatResult result = service.openDirectChat(new OpenDirectChatCommand(ALICE, BOB));

    OpenDirectChatResult.Ready ready = assertInstanceOf(OpenDirectChatResult.Ready.class, result);
    assertEquals(ConversationKind.DIRECT, ready.conversation().kind());
    assertEquals("bob", ready.conversation().title());
    assertEquals(List.of(alice.self(), bob), alice.engine.members(alice.groups.load(channel).orElseThrow()));
  }

  @Test
  void aPeerWithoutKeyPackagesLeavesTheGroupReadyForARetry() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.openDirectChannel(bob, Optional.empty()))
        .thenReturn(new ServerChannelOpened(channel, Epoch.ZERO, true));
    when(alice.server.fetchKeyPackage(bob)).thenReturn(Optional.empty());

    OpenDirectChatResult result = service.openDirectChat(new OpenDirectChatCommand(ALICE, BOB));

    assertEquals(new OpenDirectChatResult.PeerNotAdded(new GroupCommitResult.NoKeyPackage(BOB)), result);
    assertEquals(List.of(alice.self()), alice.engine.members(alice.groups.load(channel).orElseThrow()));
  }

  @Test
  void theOtherSideJoinsFromTheWelcomeInItsInbox() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.resolveIdentity(bob)).thenReturn(BOB);
    when(alice.server.openDirectChannel(bob, Optional.empty()))
        .thenReturn(new ServerChannelOpened(channel, new Epoch(1), false));
    KeyPackageSecret secret = ClientStateTestData.aKeyPackageSecret();
    alice.secrets.saveAll(List.of(secret));
    when(alice.server.fetchInbox(anyLong(), anyInt())).thenReturn(List.of(new InboxEntry(1, channel,
        FakeGroupEngine.welcome(channel, 1, List.of(bob, alice.self()), secret.ref()), Optional.of(bob))), List.of());
    when(alice.server.describeChannel(channel)).thenReturn(
        new Channel(channel, ChannelKind.DIRECT, Set.of(bob, alice.self()), new Epoch(1)));

    OpenDirectChatResult result = service.openDirectChat(new OpenDirectChatCommand(ALICE, BOB));

    OpenDirectChatResult.Ready ready = assertInstanceOf(OpenDirectChatResult.Ready.class, result);
    assertEquals(ConversationKind.DIRECT, ready.conversation().kind());
    assertEquals("bob", ready.conversation().title());
  }

  @Test
  void anOpenerThatStoppedBeforeSavingItsGroupCreatesItOnTheNextTry() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.openDirectChannel(bob, Optional.empty()))
        .thenReturn(new ServerChannelOpened(channel, Epoch.ZERO, false));
    when(alice.server.describeChannel(channel)).thenReturn(
        new Channel(channel, ChannelKind.DIRECT, Set.of(alice.self()), Epoch.ZERO));
    KeyPackageRef ref = ClientStateTestData.aKeyPackageRef();
    when(alice.server.fetchKeyPackage(bob))
        .thenReturn(Optional.of(new StoredKeyPackage(ref, FakeGroupEngine.keyPackage(bob, ref), false)));
    when(alice.server.submitCommit(eq(channel), eq(Epoch.ZERO), any(), any(), any(), any())).thenReturn(new Epoch(1));

    assertInstanceOf(OpenDirectChatResult.Ready.class, service.openDirectChat(new OpenDirectChatCommand(ALICE, BOB)));
    assertEquals(List.of(alice.self(), bob), alice.engine.members(alice.groups.load(channel).orElseThrow()));
  }

  @Test
  void withoutAWelcomeYetTheOtherSideWaits() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);
    when(alice.server.openDirectChannel(bob, Optional.empty()))
        .thenReturn(new ServerChannelOpened(channel, Epoch.ZERO, false));
    when(alice.server.fetchInbox(anyLong(), anyInt())).thenReturn(List.of());
    when(alice.server.describeChannel(channel)).thenThrow(
        new ServerCallException(ServerErrorCode.NOT_A_MEMBER, "not a member"));

    assertEquals(new OpenDirectChatResult.AwaitingWelcome(channel),
        service.openDirectChat(new OpenDirectChatCommand(ALICE, BOB)));
  }
}
