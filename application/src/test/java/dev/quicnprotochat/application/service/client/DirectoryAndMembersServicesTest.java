package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.ListMembersCommand;
import dev.quicnprotochat.application.port.in.client.ListMembersResult;
import dev.quicnprotochat.application.port.in.client.ResolveContactCommand;
import dev.quicnprotochat.application.port.in.client.ResolveContactResult;
import dev.quicnprotochat.application.port.in.client.UnknownGroup;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.testing.client.ClientHarness;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.FakeGroupEngine;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryAndMembersServicesTest {

  private static final Username BOB = Username.of("bob");

  private final ClientHarness alice = new ClientHarness();
  private final IdentityKey bob = ClientStateTestData.anIdentityKey();
  private final ResolveContactService resolve = new ResolveContactService(alice.server, alice.contacts, alice.clock);

  @Test
  void theFirstAnswerIsRecordedAndTheSameAnswerLaterIsUnchanged() {
    when(alice.server.resolveUser(BOB)).thenReturn(bob);

    assertEquals(new ResolveContactResult.Resolved(BOB, bob, true), resolve.resolveContact(
        new ResolveContactCommand(BOB)));
    assertEquals(new ResolveContactResult.Resolved(BOB, bob, false), resolve.resolveContact(
        new ResolveContactCommand(BOB)));
  }

  @Test
  void aChangedKeyIsReportedAndTheRecordedOneKept() {
    alice.contacts.accept(BOB, bob, alice.clock.instant());
    IdentityKey other = ClientStateTestData.anIdentityKey();
    when(alice.server.resolveUser(BOB)).thenReturn(other);

    assertEquals(new ResolveContactResult.KeyChanged(BOB, bob, other),
        resolve.resolveContact(new ResolveContactCommand(BOB)));
    assertEquals(bob, alice.contacts.find(BOB).orElseThrow().identityKey());
  }

  @Test
  void anUnknownUsernameIsNotRegistered() {
    when(alice.server.resolveUser(BOB)).thenThrow(new ServerCallException(ServerErrorCode.UNKNOWN_USER, "no"));

    assertEquals(new ResolveContactResult.NotRegistered(BOB), resolve.resolveContact(new ResolveContactCommand(BOB)));
  }

  @Test
  void membersAreListedWithNamesInLeafOrder() {
    ChannelId group = ClientStateTestData.aGroupId();
    alice.groups.save(group, FakeGroupEngine.state(group, 4, alice.self(), List.of(alice.self(), bob)));
    when(alice.server.resolveIdentity(bob)).thenReturn(BOB);
    ListMembersService service = new ListMembersService(alice.vault, alice.engine, alice.groups, alice.names);

    ListMembersResult.Members members = assertInstanceOf(ListMembersResult.Members.class,
        service.listMembers(new ListMembersCommand(group)));

    assertEquals(4, members.epoch().value());
    assertEquals(List.of(new ListMembersResult.Member("you", alice.self(), true),
        new ListMembersResult.Member("bob", bob, false)), members.members());
    ChannelId unknown = ClientStateTestData.aGroupId();
    assertEquals(new UnknownGroup(unknown), service.listMembers(new ListMembersCommand(unknown)));
  }
}
