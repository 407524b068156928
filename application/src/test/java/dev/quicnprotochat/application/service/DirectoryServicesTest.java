package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.quicnprotochat.application.port.in.ResolveIdentityCommand;
import dev.quicnprotochat.application.port.in.ResolveUserCommand;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.in.UserResolved;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryServicesTest {

  private final InMemoryServer server = new InMemoryServer();
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final Optional<SessionToken> aliceSession = server.session(alice);

  @Test
  void resolvesUsernameToIdentityKeyAndBack() {
    UserResolved expected = new UserResolved(bob.username(), bob.identityKey());
    assertEquals(expected, server.resolveUser.resolveUser(new ResolveUserCommand(aliceSession, Username.of("BOB"))));
    assertEquals(expected,
        server.resolveIdentity.resolveIdentity(new ResolveIdentityCommand(aliceSession, bob.identityKey())));
  }

  @Test
  void unknownNamesAndKeysAreUnknownUsers() {
    assertInstanceOf(UnknownUser.class,
        server.resolveUser.resolveUser(new ResolveUserCommand(aliceSession, Username.of("mallory"))));
    assertInstanceOf(UnknownUser.class,
        server.resolveIdentity.resolveIdentity(new ResolveIdentityCommand(aliceSession, anIdentityKey())));
  }
}
