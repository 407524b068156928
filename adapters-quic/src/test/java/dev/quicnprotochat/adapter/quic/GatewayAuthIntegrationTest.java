package dev.quicnprotochat.adapter.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.application.testing.FakeKeyPackageValidator;
import dev.quicnprotochat.application.testing.ServerTestData;
import dev.quicnprotochat.application.testing.TestIdentity;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/// Registration, login, logout, the directory and key packages through [QuicServerGateway] against the full server
/// on loopback, with every error code these methods can answer.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GatewayAuthIntegrationTest {
  @TempDir
  static Path stateDir;
  private static GatewayTestBed bed;

  @BeforeAll
  static void start() {
    bed = new GatewayTestBed(stateDir);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  @Test
  void registeredUserLogsInAndIsInTheDirectory() {
    var alice = bed.register("alice");
    assertTrue(alice.gateway().session().isPresent());
    var bob = bed.register("bob");
    assertEquals(alice.identityKey(), bob.gateway().resolveUser(alice.username()));
    assertEquals(alice.username(), bob.gateway().resolveIdentity(alice.identityKey()));
  }

  @Test
  void registrationRefusalsHaveTheirCodes() {
    var alice = bed.register("alice");
    QuicServerGateway gateway = bed.gateway();
    Bytes request = Bytes.wrap(ServerTestData.randomBytes(32));
    expect(ServerErrorCode.USERNAME_TAKEN,
        () -> gateway.startRegistration(alice.username(), request, Optional.of(GatewayTestBed.AUTH_TOKEN)));
    expect(ServerErrorCode.REGISTRATION_CLOSED,
        () -> gateway.startRegistration(GatewayTestBed.freshName("carol"), request, Optional.empty()));
    expect(ServerErrorCode.INVALID_REQUEST,
        () -> gateway.startRegistration(GatewayTestBed.freshName("carol"), Bytes.EMPTY,
            Optional.of(GatewayTestBed.AUTH_TOKEN)));

    // another name with alice's identity key: the binding signature is fine, the key is taken
    TestIdentity identity = TestIdentity.generate();
    Username carol = GatewayTestBed.freshName("carol");
    Bytes upload = Bytes.wrap(ServerTestData.randomBytes(64));
    expect(ServerErrorCode.INVALID_REQUEST, () -> gateway.finishRegistration(carol, alice.identityKey(), upload,
        identity.signRegistration(carol, upload), Optional.of(GatewayTestBed.AUTH_TOKEN)));
    gateway.finishRegistration(carol, identity.identityKey(), upload, identity.signRegistration(carol, upload),
        Optional.of(GatewayTestBed.AUTH_TOKEN));
    Username dave = GatewayTestBed.freshName("dave");
    expect(ServerErrorCode.IDENTITY_KEY_TAKEN, () -> gateway.finishRegistration(dave, identity.identityKey(), upload,
        identity.signRegistration(dave, upload), Optional.of(GatewayTestBed.AUTH_TOKEN)));
  }

  @Test
  void wrongKe3IsLoginFailed() {
    var alice = bed.register("alice");
    QuicServerGateway gateway = bed.gateway();
    var challenge = gateway.startLogin(alice.username(), Bytes.wrap(ServerTestData.randomBytes(32)));
    assertEquals(16, challenge.attempt().length());
    expect(ServerErrorCode.LOGIN_FAILED,
        () -> gateway.finishLogin(challenge.attempt(), Bytes.wrap(ServerTestData.randomBytes(32))));
    assertTrue(gateway.session().isEmpty());
  }

  @Test
  void callsWithoutAValidSessionAreUnauthenticated() {
    QuicServerGateway gateway = bed.gateway();
    expect(ServerErrorCode.UNAUTHENTICATED, gateway::countKeyPackages);
    gateway.useSession(ServerTestData.aSessionToken());
    expect(ServerErrorCode.UNAUTHENTICATED, gateway::countKeyPackages);
    expect(ServerErrorCode.UNAUTHENTICATED, () -> gateway.resolveUser(Username.of("nobody")));
  }

  @Test
  void logoutRevokesTheSessionOnTheServer() {
    var alice = bed.register("alice");
    SessionToken token = alice.gateway().session().orElseThrow();
    alice.gateway().logout();
    assertTrue(alice.gateway().session().isEmpty());
    alice.gateway().useSession(token);
    expect(ServerErrorCode.UNAUTHENTICATED, alice.gateway()::countKeyPackages);
    expect(ServerErrorCode.UNAUTHENTICATED, alice.gateway()::logout);
    assertFalse(alice.gateway().session().isPresent());
  }

  @Test
  void unknownUsersAreReported() {
    var alice = bed.register("alice");
    expect(ServerErrorCode.UNKNOWN_USER, () -> alice.gateway().resolveUser(GatewayTestBed.freshName("ghost")));
    expect(ServerErrorCode.UNKNOWN_USER,
        () -> alice.gateway().resolveIdentity(TestIdentity.generate().identityKey()));
    expect(ServerErrorCode.UNKNOWN_USER,
        () -> alice.gateway().fetchKeyPackage(TestIdentity.generate().identityKey()));
  }

  @Test
  void keyPackagesArePublishedTakenOnceAndCounted() {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    Bytes first = FakeKeyPackageValidator.keyPackageFor(alice.identityKey());
    Bytes second = FakeKeyPackageValidator.keyPackageFor(alice.identityKey());
    Bytes lastResort = FakeKeyPackageValidator.keyPackageFor(alice.identityKey());
    var count = alice.gateway().publishKeyPackages(List.of(first, second), Optional.of(lastResort));
    assertEquals(2, count.available());
    assertTrue(count.hasLastResort());

    assertTrue(bob.gateway().fetchKeyPackage(bob.identityKey()).isEmpty(), "bob has none: an empty result");
    var taken = bob.gateway().fetchKeyPackage(alice.identityKey()).orElseThrow();
    assertEquals(first, taken.data());
    assertFalse(taken.lastResort());
    assertEquals(second, bob.gateway().fetchKeyPackage(alice.identityKey()).orElseThrow().data());
    var fallback = bob.gateway().fetchKeyPackage(alice.identityKey()).orElseThrow();
    assertEquals(lastResort, fallback.data());
    assertTrue(fallback.lastResort());
    assertEquals(0, alice.gateway().countKeyPackages().available());
  }

  @Test
  void keyPackageOfAnotherIdentityIsInvalid() {
    var alice = bed.register("alice");
    var bob = bed.register("bob");
    ServerCallException refused = expect(ServerErrorCode.INVALID_KEY_PACKAGE, () -> alice.gateway()
        .publishKeyPackages(List.of(FakeKeyPackageValidator.keyPackageFor(bob.identityKey())), Optional.empty()));
    assertTrue(refused.getMessage().startsWith("key package 0 is invalid"), refused.getMessage());
    expect(ServerErrorCode.INVALID_REQUEST, () -> alice.gateway().publishKeyPackages(List.of(), Optional.empty()));
  }

  static ServerCallException expect(ServerErrorCode code, Executable call) {
    ServerCallException failure = assertThrows(ServerCallException.class, call);
    assertEquals(code, failure.code(), failure.getMessage());
    return failure;
  }
}
