package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.ServerTestData.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.FinishRegistrationCommand;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult;
import dev.quicnprotochat.application.port.in.IdentityKeyTaken;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.RegistrationDenied;
import dev.quicnprotochat.application.port.in.StartRegistrationCommand;
import dev.quicnprotochat.application.port.in.StartRegistrationResult;
import dev.quicnprotochat.application.port.in.UsernameTaken;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.TestIdentity;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationServicesTest {

  private final InMemoryServer server = new InMemoryServer();
  private final Username alice = Username.of("alice");

  private FinishRegistrationResult finish(InMemoryServer on, Username name, TestIdentity key, Optional<String> code) {
    Bytes upload = Bytes.wrap(randomBytes(64));
    return on.finishRegistration.finishRegistration(
        new FinishRegistrationCommand(name, key.identityKey(), upload, key.signRegistration(name, upload), code));
  }

  @Test
  void startAnswersWithTheOpaqueRegistrationResponse() {
    Bytes request = Bytes.wrap(randomBytes(32));
    var result = server.startRegistration.startRegistration(
        new StartRegistrationCommand(alice, request, Optional.empty()));
    var challenge = assertInstanceOf(StartRegistrationResult.RegistrationChallenge.class, result);
    assertEquals(server.opaque.registrationResponse(alice, request).orElseThrow(), challenge.registrationResponse());
  }

  @Test
  void finishBindsUsernameToIdentityKeyAndRecord() {
    TestIdentity key = TestIdentity.generate();
    var registered = assertInstanceOf(FinishRegistrationResult.Registered.class,
        finish(server, alice, key, Optional.empty()));
    assertEquals(alice, registered.username());
    var stored = server.users.findByUsername(alice).orElseThrow();
    assertEquals(key.identityKey(), stored.identityKey());
    assertEquals(server.clock.instant(), stored.registeredAt());
  }

  @Test
  void takenUsernameIsRefusedAtStartAndFinishWhateverItsCase() {
    server.register("alice");
    assertInstanceOf(UsernameTaken.class, server.startRegistration.startRegistration(
        new StartRegistrationCommand(Username.of("ALICE"), Bytes.wrap(randomBytes(32)), Optional.empty())));
    assertInstanceOf(UsernameTaken.class,
        finish(server, Username.of("Alice"), TestIdentity.generate(), Optional.empty()));
  }

  @Test
  void takenIdentityKeyIsRefused() {
    TestIdentity key = TestIdentity.generate();
    finish(server, Username.of("bob"), key, Optional.empty());
    assertInstanceOf(IdentityKeyTaken.class, finish(server, alice, key, Optional.empty()));
    assertTrue(server.users.findByUsername(alice).isEmpty());
  }

  @Test
  void nobodyCanRegisterAKeyTheyDoNotHold() {
    TestIdentity victim = TestIdentity.generate();
    TestIdentity mallory = TestIdentity.generate();
    Bytes upload = Bytes.wrap(randomBytes(64));
    var result = server.finishRegistration.finishRegistration(new FinishRegistrationCommand(alice,
        victim.identityKey(), upload, mallory.signRegistration(alice, upload), Optional.empty()));
    assertInstanceOf(InvalidRequest.class, result);
    Bytes otherUpload = Bytes.wrap(randomBytes(64));
    var replayed = server.finishRegistration.finishRegistration(new FinishRegistrationCommand(alice,
        victim.identityKey(), otherUpload, victim.signRegistration(Username.of("victim"), upload), Optional.empty()));
    assertInstanceOf(InvalidRequest.class, replayed);
    assertTrue(server.users.findByIdentityKey(victim.identityKey()).isEmpty());
  }

  @Test
  void malformedOpaqueMessagesAreInvalidRequests() {
    assertInstanceOf(InvalidRequest.class, server.startRegistration.startRegistration(
        new StartRegistrationCommand(alice, Bytes.EMPTY, Optional.empty())));
    TestIdentity key = TestIdentity.generate();
    assertInstanceOf(InvalidRequest.class, server.finishRegistration.finishRegistration(new FinishRegistrationCommand(
        alice, key.identityKey(), Bytes.EMPTY, key.signRegistration(alice, Bytes.EMPTY), Optional.empty())));
  }

  @Test
  void serverAuthTokenGatesBothRegistrationSteps() {
    InMemoryServer gated = new InMemoryServer(ServerSettings.defaults().withRegistrationAuthToken("s3cret"));
    Bytes request = Bytes.wrap(randomBytes(32));
    assertInstanceOf(RegistrationDenied.class, gated.startRegistration.startRegistration(
        new StartRegistrationCommand(alice, request, Optional.empty())));
    assertInstanceOf(RegistrationDenied.class, gated.startRegistration.startRegistration(
        new StartRegistrationCommand(alice, request, Optional.of("s3cret!"))));
    assertInstanceOf(StartRegistrationResult.RegistrationChallenge.class, gated.startRegistration.startRegistration(
        new StartRegistrationCommand(alice, request, Optional.of("s3cret"))));
    assertInstanceOf(RegistrationDenied.class, finish(gated, alice, TestIdentity.generate(), Optional.of("wrong")));
    assertTrue(gated.users.findByUsername(alice).isEmpty());
    assertInstanceOf(FinishRegistrationResult.Registered.class,
        finish(gated, alice, TestIdentity.generate(), Optional.of("s3cret")));
  }
}
