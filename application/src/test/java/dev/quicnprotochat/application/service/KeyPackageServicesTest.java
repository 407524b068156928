package dev.quicnprotochat.application.service;

import static dev.quicnprotochat.application.testing.FakeKeyPackageValidator.keyPackageFor;
import static dev.quicnprotochat.application.testing.ServerTestData.anIdentityKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.in.CountKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.CountKeyPackagesResult;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.testing.InMemoryServer;
import dev.quicnprotochat.application.testing.InMemoryServer.TestUser;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.keypackage.KeyPackageCount;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyPackageServicesTest {

  private final InMemoryServer server = new InMemoryServer(ServerSettings.defaults().withMaxKeyPackages(5));
  private final TestUser alice = server.register("alice");
  private final TestUser bob = server.register("bob");
  private final Optional<SessionToken> aliceSession = server.session(alice);
  private final Optional<SessionToken> bobSession = server.session(bob);

  private PublishKeyPackagesResult publish(List<Bytes> batch, Optional<Bytes> lastResort) {
    return server.publishKeyPackages.publishKeyPackages(new PublishKeyPackagesCommand(aliceSession, batch, lastResort));
  }

  private FetchKeyPackageResult fetchAlices() {
    return server.fetchKeyPackage.fetchKeyPackage(new FetchKeyPackageCommand(bobSession, alice.identityKey()));
  }

  private KeyPackageCount aliceCount() {
    var counted = (CountKeyPackagesResult.Counted) server.countKeyPackages.countKeyPackages(
        new CountKeyPackagesCommand(aliceSession));
    return counted.count();
  }

  @Test
  void publishedPackagesAreHandedOutOnceEachThenTheLastResortRepeatedly() {
    Bytes first = keyPackageFor(alice.identityKey());
    Bytes second = keyPackageFor(alice.identityKey());
    Bytes lastResort = keyPackageFor(alice.identityKey());
    var published = assertInstanceOf(PublishKeyPackagesResult.Published.class,
        publish(List.of(first, second), Optional.of(lastResort)));
    assertEquals(new KeyPackageCount(2, true), published.count());

    var one = assertInstanceOf(FetchKeyPackageResult.KeyPackageFound.class, fetchAlices()).keyPackage();
    var two = assertInstanceOf(FetchKeyPackageResult.KeyPackageFound.class, fetchAlices()).keyPackage();
    assertEquals(List.of(first, second), List.of(one.data(), two.data()));
    assertFalse(one.lastResort());
    for (int i = 0; i < 2; i++) {
      var last = assertInstanceOf(FetchKeyPackageResult.KeyPackageFound.class, fetchAlices()).keyPackage();
      assertEquals(lastResort, last.data());
      assertTrue(last.lastResort());
    }
    assertEquals(new KeyPackageCount(0, true), aliceCount());
  }

  @Test
  void fetchFromSomeoneWithNothingLeftSaysSo() {
    assertInstanceOf(FetchKeyPackageResult.NoKeyPackage.class, fetchAlices());
  }

  @Test
  void fetchForAnUnregisteredIdentityIsUnknownUser() {
    assertInstanceOf(UnknownUser.class,
        server.fetchKeyPackage.fetchKeyPackage(new FetchKeyPackageCommand(bobSession, anIdentityKey())));
  }

  @Test
  void aPackageOfAnotherIdentityIsRefusedWithItsIndexAndNothingIsStored() {
    IdentityKey someoneElse = bob.identityKey();
    var invalid = assertInstanceOf(PublishKeyPackagesResult.InvalidKeyPackage.class, publish(
        List.of(keyPackageFor(alice.identityKey()), keyPackageFor(someoneElse)), Optional.empty()));
    assertEquals(1, invalid.index());
    assertEquals(new KeyPackageCount(0, false), aliceCount());
  }

  @Test
  void aBadLastResortPackageHasIndexMinusOne() {
    var invalid = assertInstanceOf(PublishKeyPackagesResult.InvalidKeyPackage.class,
        publish(List.of(keyPackageFor(alice.identityKey())), Optional.of(Bytes.fromHex("00"))));
    assertEquals(-1, invalid.index());
    assertEquals(new KeyPackageCount(0, false), aliceCount());
  }

  @Test
  void theStoredRefIsTheValidatorsRef() {
    Bytes data = keyPackageFor(alice.identityKey());
    publish(List.of(data), Optional.empty());
    var found = assertInstanceOf(FetchKeyPackageResult.KeyPackageFound.class, fetchAlices()).keyPackage();
    var valid = (dev.quicnprotochat.application.port.out.KeyPackageValidator.Result.Valid)
        server.validator.validate(data, alice.identityKey());
    assertEquals(valid.ref(), found.ref());
  }

  @Test
  void anIdentityHoldsAtMostTheConfiguredNumberOfPackages() {
    publish(List.of(keyPackageFor(alice.identityKey()), keyPackageFor(alice.identityKey()),
        keyPackageFor(alice.identityKey())), Optional.empty());
    var tooMany = assertInstanceOf(PublishKeyPackagesResult.TooManyKeyPackages.class, publish(
        List.of(keyPackageFor(alice.identityKey()), keyPackageFor(alice.identityKey()),
            keyPackageFor(alice.identityKey())), Optional.empty()));
    assertEquals(5, tooMany.limit());
    assertEquals(new KeyPackageCount(3, false), aliceCount());
    assertInstanceOf(PublishKeyPackagesResult.Published.class,
        publish(List.of(keyPackageFor(alice.identityKey()), keyPackageFor(alice.identityKey())), Optional.empty()));
  }

  @Test
  void publishingNothingIsAnInvalidRequest() {
    assertInstanceOf(InvalidRequest.class, publish(List.of(), Optional.empty()));
  }

  @Test
  void countIsAlwaysTheCallersOwn() {
    publish(List.of(keyPackageFor(alice.identityKey())), Optional.empty());
    var bobs = (CountKeyPackagesResult.Counted) server.countKeyPackages.countKeyPackages(
        new CountKeyPackagesCommand(bobSession));
    assertEquals(new KeyPackageCount(0, false), bobs.count());
    assertEquals(new KeyPackageCount(1, false), aliceCount());
  }
}
