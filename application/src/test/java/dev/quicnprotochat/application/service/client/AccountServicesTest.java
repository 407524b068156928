package dev.quicnprotochat.application.service.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.quicnprotochat.application.port.in.client.AccountPasswordSource;
import dev.quicnprotochat.application.port.in.client.EnsureSessionCommand;
import dev.quicnprotochat.application.port.in.client.EnsureSessionResult;
import dev.quicnprotochat.application.port.in.client.LoginCommand;
import dev.quicnprotochat.application.port.in.client.LoginResult;
import dev.quicnprotochat.application.port.in.client.LogoutCommand;
import dev.quicnprotochat.application.port.in.client.LogoutResult;
import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.PasswordUnavailableException;
import dev.quicnprotochat.application.port.in.client.RegisterCommand;
import dev.quicnprotochat.application.port.in.client.RegisterResult;
import dev.quicnprotochat.application.port.in.client.WhoAmICommand;
import dev.quicnprotochat.application.port.in.client.WhoAmIResult;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerLoginChallenge;
import dev.quicnprotochat.application.port.out.client.ServerSession;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.application.testing.MutableClock;
import dev.quicnprotochat.application.testing.client.ClientStateTestData;
import dev.quicnprotochat.application.testing.client.Ed25519TestSigner;
import dev.quicnprotochat.application.testing.client.FakePasswordAuthenticator;
import dev.quicnprotochat.application.testing.client.InMemoryIdentityVault;
import dev.quicnprotochat.application.testing.client.InMemorySessionTokenCache;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AccountServicesTest {

  private static final ServerAddress SERVER = ServerAddress.parse("chat.example:7000");
  private static final Username ALICE = Username.of("alice");
  private static final Bytes ATTEMPT = Bytes.wrap(new byte[16]);
  private static final Bytes KE2 = Bytes.wrap("ke2".getBytes());

  private final ServerGateway server = Mockito.mock(ServerGateway.class);
  private final InMemoryIdentityVault vault = new InMemoryIdentityVault();
  private final InMemorySessionTokenCache sessions = new InMemorySessionTokenCache();
  private final MutableClock clock = MutableClock.startingAt("2026-11-26T12:00:00Z");
  private final FakePasswordAuthenticator opaque = new FakePasswordAuthenticator("right password");
  private final RegisterService register = new RegisterService(server, vault, opaque, new Ed25519TestSigner(),
      new SecureRandom());
  private final LoginService login = new LoginService(server, vault, opaque, sessions);
  private final EnsureSessionService ensure = new EnsureSessionService(server, sessions, login, register, clock);
  private final SessionToken token = SessionToken.generate(new SecureRandom());

  private void serverAcceptsLoginOf(IdentityKey key) {
    when(server.startLogin(ALICE, FakePasswordAuthenticator.KE1)).thenReturn(new ServerLoginChallenge(ATTEMPT, KE2));
    when(server.finishLogin(ATTEMPT, FakePasswordAuthenticator.KE3)).thenReturn(
        new ServerSession(token, ALICE, key, clock.instant().plus(Duration.ofHours(12))));
  }

  @Test
  void registerCreatesTheIdentityAndSignsTheBindingWithIt() {
    when(server.startRegistration(eq(ALICE), any(), any())).thenReturn(Bytes.wrap("response".getBytes()));
    AtomicReference<Bytes> signature = new AtomicReference<>();
    AtomicReference<Bytes> upload = new AtomicReference<>();
    Mockito.doAnswer(call -> {
      upload.set(call.getArgument(2));
      signature.set(call.getArgument(3));
      return null;
    }).when(server).finishRegistration(eq(ALICE), any(), any(), any(), eq(Optional.of("code")));

    RegisterResult result = register.register(
        new RegisterCommand(ALICE, FakePasswordAuthenticator.password("right password"), Optional.of("code")));

    IdentityKey key = vault.load().orElseThrow().publicKey();
    assertEquals(new RegisterResult.Registered(ALICE, key), result);
    assertEquals(Bytes.wrap("upload:response".getBytes()), upload.get());
    assertTrue(IdentityBinding.verify(key, ALICE, upload.get(), signature.get()));
  }

  @Test
  void registerReusesTheStoredIdentity() {
    IdentityKeyPair existing = ClientStateTestData.anIdentity();
    vault.create(existing);
    when(server.startRegistration(eq(ALICE), any(), any())).thenReturn(Bytes.wrap("r".getBytes()));

    RegisterResult result = register.register(
        new RegisterCommand(ALICE, FakePasswordAuthenticator.password("x"), Optional.empty()));

    assertEquals(new RegisterResult.Registered(ALICE, existing.publicKey()), result);
  }

  @Test
  void registerOfATakenUsernameSaysSo() {
    when(server.startRegistration(eq(ALICE), any(), any())).thenThrow(
        new ServerCallException(ServerErrorCode.USERNAME_TAKEN, "taken"));

    assertEquals(new RegisterResult.UsernameTaken(ALICE), register.register(
        new RegisterCommand(ALICE, FakePasswordAuthenticator.password("x"), Optional.empty())));
  }

  @Test
  void loginCachesTheSessionToken() {
    IdentityKeyPair identity = ClientStateTestData.anIdentity();
    vault.create(identity);
    serverAcceptsLoginOf(identity.publicKey());

    LoginResult result = login.login(new LoginCommand(SERVER, ALICE, FakePasswordAuthenticator.password(
        "right password")));

    assertInstanceOf(LoginResult.LoggedIn.class, result);
    assertEquals(token, sessions.find(SERVER, ALICE, clock.instant()).orElseThrow().token());
  }

  @Test
  void loginWithAWrongPasswordNeverSendsKe3() {
    vault.create(ClientStateTestData.anIdentity());
    serverAcceptsLoginOf(vault.load().orElseThrow().publicKey());

    LoginResult result = login.login(new LoginCommand(SERVER, ALICE, FakePasswordAuthenticator.password("wrong")));

    assertEquals(new LoginResult.LoginFailed(ALICE), result);
    verify(server, never()).finishLogin(any(), any());
    assertTrue(sessions.find(SERVER, ALICE, clock.instant()).isEmpty());
  }

  @Test
  void loginIntoAnAccountOfAnotherIdentityIsNotCached() {
    vault.create(ClientStateTestData.anIdentity());
    serverAcceptsLoginOf(ClientStateTestData.anIdentityKey());

    LoginResult result = login.login(new LoginCommand(SERVER, ALICE, FakePasswordAuthenticator.password(
        "right password")));

    assertInstanceOf(LoginResult.ProfileMismatch.class, result);
    assertTrue(sessions.find(SERVER, ALICE, clock.instant()).isEmpty());
    verify(server).logout();
  }

  @Test
  void ensureSessionReusesACachedTokenTheServerAccepts() {
    vault.create(ClientStateTestData.anIdentity());
    sessions.put(new CachedSession(SERVER, ALICE, token, clock.instant().plus(Duration.ofHours(1))));

    EnsureSessionResult result = ensure.ensureSession(command("right password"));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.CACHED), result);
    verify(server).useSession(token);
    verify(server, never()).startLogin(any(), any());
  }

  @Test
  void ensureSessionLogsInAgainWhenTheServerRefusesTheCachedToken() {
    IdentityKeyPair identity = ClientStateTestData.anIdentity();
    vault.create(identity);
    SessionToken revoked = SessionToken.generate(new SecureRandom());
    sessions.put(new CachedSession(SERVER, ALICE, revoked, clock.instant().plus(Duration.ofHours(1))));
    when(server.countKeyPackages()).thenThrow(new ServerCallException(ServerErrorCode.UNAUTHENTICATED, "revoked"));
    serverAcceptsLoginOf(identity.publicKey());

    EnsureSessionResult result = ensure.ensureSession(command("right password"));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.LOGGED_IN), result);
    assertEquals(token, sessions.find(SERVER, ALICE, clock.instant()).orElseThrow().token());
  }

  @Test
  void ensureSessionRegistersAFreshProfileThenLogsIn() {
    when(server.startRegistration(eq(ALICE), any(), any())).thenReturn(Bytes.wrap("r".getBytes()));
    when(server.startLogin(ALICE, FakePasswordAuthenticator.KE1)).thenReturn(new ServerLoginChallenge(ATTEMPT, KE2));
    when(server.finishLogin(ATTEMPT, FakePasswordAuthenticator.KE3)).thenAnswer(call -> new ServerSession(token,
        ALICE, vault.load().orElseThrow().publicKey(), clock.instant().plus(Duration.ofHours(12))));

    EnsureSessionResult result = ensure.ensureSession(command("right password"));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.REGISTERED), result);
    assertTrue(vault.load().isPresent());
    assertTrue(sessions.find(SERVER, ALICE, clock.instant()).isPresent());
  }

  @Test
  void ensureSessionWithAWrongPasswordForATakenUsernameIsRefusedInPlainWords() {
    vault.create(ClientStateTestData.anIdentity());
    serverAcceptsLoginOf(vault.load().orElseThrow().publicKey());
    when(server.startRegistration(eq(ALICE), any(), any())).thenThrow(
        new ServerCallException(ServerErrorCode.USERNAME_TAKEN, "taken"));

    EnsureSessionResult result = ensure.ensureSession(command("wrong"));

    EnsureSessionResult.Refused refused = assertInstanceOf(EnsureSessionResult.Refused.class, result);
    assertTrue(refused.reason().contains("wrong password"), refused.reason());
  }

  @Test
  void ensureSessionWithAWorkingCachedTokenNeverAsksForThePassword() {
    vault.create(ClientStateTestData.anIdentity());
    sessions.put(new CachedSession(SERVER, ALICE, token, clock.instant().plus(Duration.ofHours(1))));
    AccountPasswordSource source = Mockito.mock(AccountPasswordSource.class);

    EnsureSessionResult result = ensure.ensureSession(new EnsureSessionCommand(SERVER, ALICE, source,
        Optional.empty()));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.CACHED), result);
    verify(source, never()).password();
  }

  @Test
  void ensureSessionAsksForThePasswordOnceToLogInAndClearsIt() {
    IdentityKeyPair identity = ClientStateTestData.anIdentity();
    vault.create(identity);
    serverAcceptsLoginOf(identity.publicKey());
    AccountPassword password = FakePasswordAuthenticator.password("right password");
    AccountPasswordSource source = Mockito.mock(AccountPasswordSource.class);
    when(source.password()).thenReturn(password);

    EnsureSessionResult result = ensure.ensureSession(new EnsureSessionCommand(SERVER, ALICE, source,
        Optional.empty()));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.LOGGED_IN), result);
    verify(source, times(1)).password();
    assertThrows(IllegalStateException.class, password::utf8);
  }

  @Test
  void ensureSessionAsksOnceEvenWhenItRegistersAndThenLogsIn() {
    when(server.startRegistration(eq(ALICE), any(), any())).thenReturn(Bytes.wrap("r".getBytes()));
    when(server.startLogin(ALICE, FakePasswordAuthenticator.KE1)).thenReturn(new ServerLoginChallenge(ATTEMPT, KE2));
    when(server.finishLogin(ATTEMPT, FakePasswordAuthenticator.KE3)).thenAnswer(call -> new ServerSession(token,
        ALICE, vault.load().orElseThrow().publicKey(), clock.instant().plus(Duration.ofHours(12))));
    AccountPasswordSource source = Mockito.mock(AccountPasswordSource.class);
    when(source.password()).thenReturn(FakePasswordAuthenticator.password("right password"));

    EnsureSessionResult result = ensure.ensureSession(new EnsureSessionCommand(SERVER, ALICE, source,
        Optional.empty()));

    assertEquals(new EnsureSessionResult.SessionReady(ALICE, EnsureSessionResult.How.REGISTERED), result);
    verify(source, times(1)).password();
  }

  @Test
  void ensureSessionWithoutAPasswordToHaveIsRefusedWithTheSourcesMessage() {
    vault.create(ClientStateTestData.anIdentity());
    AccountPasswordSource source = () -> {
      throw new PasswordUnavailableException("no terminal: pass --password-file");
    };

    EnsureSessionResult result = ensure.ensureSession(new EnsureSessionCommand(SERVER, ALICE, source,
        Optional.empty()));

    assertEquals(new EnsureSessionResult.Refused("no terminal: pass --password-file"), result);
    verify(server, never()).startLogin(any(), any());
  }

  @Test
  void ensureSessionWithAGivenPasswordLeavesTheCallersPasswordUsable() {
    IdentityKeyPair identity = ClientStateTestData.anIdentity();
    vault.create(identity);
    serverAcceptsLoginOf(identity.publicKey());
    AccountPassword password = FakePasswordAuthenticator.password("right password");

    ensure.ensureSession(new EnsureSessionCommand(SERVER, ALICE, password, Optional.empty()));

    assertArrayEquals("right password".getBytes(StandardCharsets.UTF_8), password.utf8());
  }

  @Test
  void logoutForgetsTheCachedTokenEvenWhenTheServerIsUnreachable() {
    sessions.put(new CachedSession(SERVER, ALICE, token, clock.instant().plus(Duration.ofHours(1))));
    doThrow(new ServerUnreachableException("timed out")).when(server).logout();

    LogoutResult result = new LogoutService(server, sessions).logout(new LogoutCommand(SERVER, ALICE));

    assertEquals(new LogoutResult(false, true), result);
    assertTrue(sessions.find(SERVER, ALICE, clock.instant()).isEmpty());
  }

  @Test
  void whoAmIShowsTheIdentityAndTheCachedSessionsExpiry() {
    WhoAmIService whoAmI = new WhoAmIService(vault, sessions, clock);
    assertEquals(new NoIdentity(), whoAmI.whoAmI(new WhoAmICommand(SERVER, ALICE)));

    IdentityKeyPair identity = ClientStateTestData.anIdentity();
    vault.create(identity);
    Instant expiry = clock.instant().plus(Duration.ofHours(1));
    sessions.put(new CachedSession(SERVER, ALICE, token, expiry));

    WhoAmIResult.Me me = assertInstanceOf(WhoAmIResult.Me.class, whoAmI.whoAmI(new WhoAmICommand(SERVER, ALICE)));
    assertEquals(identity.publicKey(), me.identityKey());
    assertEquals(Optional.of(expiry), me.sessionExpiresAt());
    clock.advance(Duration.ofHours(2));
    me = assertInstanceOf(WhoAmIResult.Me.class, whoAmI.whoAmI(new WhoAmICommand(SERVER, ALICE)));
    assertFalse(me.sessionExpiresAt().isPresent());
  }

  private EnsureSessionCommand command(String password) {
    return new EnsureSessionCommand(SERVER, ALICE, FakePasswordAuthenticator.password(password), Optional.empty());
  }
}
