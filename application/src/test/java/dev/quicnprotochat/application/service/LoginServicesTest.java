package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.FinishLoginCommand;
import dev.quicnprotochat.application.port.in.FinishLoginResult;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.LogoutCommand;
import dev.quicnprotochat.application.port.in.LogoutResult;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.StartLoginCommand;
import dev.quicnprotochat.application.port.in.StartLoginResult;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.testing.FakeOpaqueServer;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginServicesTest {

  private final InMemoryServer server =
      new InMemoryServer(ServerSettings.defaults().withSessionLifetime(Duration.ofHours(2)));
  private final TestUser alice = server.register("alice");

  private StartLoginResult.LoginChallenge start(Username name, Bytes ke1) {
    return assertInstanceOf(StartLoginResult.LoginChallenge.class,
        server.startLogin.startLogin(new StartLoginCommand(name, ke1)));
  }

  private FinishLoginResult finish(StartLoginResult.LoginChallenge challenge, Bytes ke3) {
    return server.finishLogin.finishLogin(new FinishLoginCommand(challenge.attempt(), ke3));
  }

  private Object authenticate(SessionToken token) {
    return server.authenticate.authenticate(new AuthenticateCommand(Optional.of(token)));
  }

  @Test
  void correctKe3IssuesATokenBoundToUserAndIdentity() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    var loggedIn = assertInstanceOf(FinishLoginResult.LoggedIn.class,
        finish(start(alice.username(), ke1), FakeOpaqueServer.ke3For(alice.record(), ke1)));
    assertEquals(alice.identityKey(), loggedIn.identityKey());
    assertEquals(server.clock.instant().plus(Duration.ofHours(2)), loggedIn.expiresAt());
    var caller = assertInstanceOf(Caller.class, authenticate(loggedIn.token()));
    assertEquals(alice.username(), caller.username());
    assertEquals(alice.identityKey(), caller.identityKey());
    assertEquals(loggedIn.token().hash(), caller.session());
  }

  @Test
  void theServerStoresOnlyTheTokenHash() {
    SessionToken token = server.login(alice);
    assertTrue(server.sessions.findActive(token.hash(), server.clock.instant()).isPresent());
    assertTrue(server.sessions.findActive(
        new dev.quicnprotochat.domain.session.SessionTokenHash(Bytes.of(token.toByteArray())),
        server.clock.instant()).isEmpty());
  }

  @Test
  void eachLoginGetsAFreshToken() {
    assertNotEquals(server.login(alice), server.login(alice));
  }

  @Test
  void wrongPasswordFails() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    RegistrationRecord guess = new RegistrationRecord(Bytes.wrap(randomBytes(64)));
    assertInstanceOf(FinishLoginResult.LoginFailed.class,
        finish(start(alice.username(), ke1), FakeOpaqueServer.ke3For(guess, ke1)));
  }

  @Test
  void unknownUserGetsAChallengeButNeverASession() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    var challenge = start(Username.of("nobody"), ke1);
    assertEquals(32, challenge.ke2().length());
    RegistrationRecord anything = new RegistrationRecord(Bytes.wrap(randomBytes(64)));
    assertInstanceOf(FinishLoginResult.LoginFailed.class, finish(challenge, FakeOpaqueServer.ke3For(anything, ke1)));
  }

  @Test
  void anAttemptIsUsableOnce() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    var challenge = start(alice.username(), ke1);
    Bytes ke3 = FakeOpaqueServer.ke3For(alice.record(), ke1);
    assertInstanceOf(FinishLoginResult.LoggedIn.class, finish(challenge, ke3));
    assertInstanceOf(FinishLoginResult.LoginFailed.class, finish(challenge, ke3));
  }

  @Test
  void aWrongGuessBurnsTheAttempt() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    var challenge = start(alice.username(), ke1);
    finish(challenge, Bytes.wrap(randomBytes(32)));
    assertInstanceOf(FinishLoginResult.LoginFailed.class,
        finish(challenge, FakeOpaqueServer.ke3For(alice.record(), ke1)));
  }

  @Test
  void anAttemptExpires() {
    Bytes ke1 = Bytes.wrap(randomBytes(32));
    var challenge = start(alice.username(), ke1);
    server.clock.advance(server.settings.loginAttemptLifetime());
    assertInstanceOf(FinishLoginResult.LoginFailed.class,
        finish(challenge, FakeOpaqueServer.ke3For(alice.record(), ke1)));
  }

  @Test
  void malformedKe1IsAnInvalidRequest() {
    assertInstanceOf(InvalidRequest.class,
        server.startLogin.startLogin(new StartLoginCommand(alice.username(), Bytes.EMPTY)));
  }

  @Test
  void pendingLoginsAreBounded() {
    InMemoryServer small = new InMemoryServer(ServerSettings.defaults().withMaxPendingLogins(2));
    StartLoginCommand command = new StartLoginCommand(Username.of("anyone"), Bytes.wrap(randomBytes(32)));
    small.startLogin.startLogin(command);
    small.startLogin.startLogin(command);
    assertInstanceOf(RateLimited.class, small.startLogin.startLogin(command));
    small.clock.advance(small.settings.loginAttemptLifetime());
    assertInstanceOf(StartLoginResult.LoginChallenge.class, small.startLogin.startLogin(command));
  }

  @Test
  void sessionExpiresAfterItsLifetime() {
    SessionToken token = server.login(alice);
    server.clock.advance(Duration.ofHours(2).minusSeconds(1));
    assertInstanceOf(Caller.class, authenticate(token));
    server.clock.advance(Duration.ofSeconds(1));
    assertEquals(new Unauthenticated(Unauthenticated.Reason.INVALID_OR_EXPIRED_TOKEN), authenticate(token));
  }

  @Test
  void missingTokenIsUnauthenticated() {
    assertEquals(new Unauthenticated(Unauthenticated.Reason.MISSING_TOKEN),
        server.authenticate.authenticate(new AuthenticateCommand(Optional.empty())));
  }

  @Test
  void logoutRevokesOnlyThatSession() {
    SessionToken first = server.login(alice);
    SessionToken second = server.login(alice);
    assertInstanceOf(LogoutResult.LoggedOut.class, server.logout.logout(new LogoutCommand(Optional.of(first))));
    assertInstanceOf(Unauthenticated.class, authenticate(first));
    assertInstanceOf(Caller.class, authenticate(second));
    assertInstanceOf(Unauthenticated.class, server.logout.logout(new LogoutCommand(Optional.of(first))));
  }
}
