package dev.quicnprotochat.application.testing.client;

import static org.mockito.Mockito.mock;

import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.service.client.CommitRunner;
import dev.quicnprotochat.application.service.client.InboxEntryHandler;
import dev.quicnprotochat.application.service.client.InboxProcessor;
import dev.quicnprotochat.application.service.client.MemberNames;
import dev.quicnprotochat.application.testing.InMemoryConversationStore;
import dev.quicnprotochat.application.testing.MutableClock;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.identity.IdentityKey;

/// One client's wiring for service tests: in-memory stores, the [FakeGroupEngine], a Mockito `ServerGateway` and a
/// stored identity.
public final class ClientHarness {

  public final ServerGateway server = mock(ServerGateway.class);
  public final InMemoryIdentityVault vault = new InMemoryIdentityVault();
  public final InMemoryGroupStateStore groups = new InMemoryGroupStateStore();
  public final InMemoryKeyPackageSecretStore secrets = new InMemoryKeyPackageSecretStore();
  public final InMemoryConversationStore conversations = new InMemoryConversationStore();
  public final InMemoryContactKeyStore contacts = new InMemoryContactKeyStore();
  public final InMemorySessionTokenCache sessions = new InMemorySessionTokenCache();
  public final FakeGroupEngine engine = new FakeGroupEngine();
  public final MutableClock clock = MutableClock.startingAt("2026-11-26T12:00:00Z");
  public final IdentityKeyPair identity = ClientStateTestData.anIdentity();
  public final MemberNames names = new MemberNames(server, contacts);
  public final InboxEntryHandler handler = new InboxEntryHandler(engine, groups, secrets, conversations, names,
      clock);
  public final InboxProcessor inbox = new InboxProcessor(server, handler);
  public final CommitRunner commits = new CommitRunner(server, groups, inbox);

  public ClientHarness() {
    vault.create(identity);
  }

  public IdentityKey self() {
    return identity.publicKey();
  }
}
