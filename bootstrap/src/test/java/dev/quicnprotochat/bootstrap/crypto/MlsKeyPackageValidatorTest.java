package dev.quicnprotochat.bootstrap.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.KeyPackageValidator.Result;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MlsKeyPackageValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private final MlsKeyPackageValidator validator = new MlsKeyPackageValidator(Clock.fixed(NOW, ZoneOffset.UTC));
  private final SignatureKeyPair alice = TestKeyPackages.identity();

  @Test
  void acceptsAnMlsMessageSignedByThePublisherAndReturnsItsRef() {
    KeyPackage keyPackage = TestKeyPackages.create(TestKeyPackages.SUITE, alice, TestKeyPackages.FOREVER);
    Bytes published = new dev.quicnprotochat.mls.message.MLSMessage.OfKeyPackage(keyPackage.wire()).toBytes();

    Result result = validator.validate(published, identityKey(alice));

    // RFC 9420 §5.2: the ref is over the KeyPackage, not over the MLSMessage around it
    assertEquals(keyPackage.ref(TestKeyPackages.SUITE).value(),
        assertInstanceOf(Result.Valid.class, result).ref().value());
  }

  @Test
  void acceptsABareKeyPackageWithTheSameRef() {
    KeyPackage keyPackage = TestKeyPackages.create(TestKeyPackages.SUITE, alice, TestKeyPackages.FOREVER);

    Result result = validator.validate(keyPackage.toBytes(), identityKey(alice));

    assertEquals(new Result.Valid(
        new dev.quicnprotochat.domain.keypackage.KeyPackageRef(keyPackage.ref(TestKeyPackages.SUITE).value())),
        result);
  }

  @Test
  void refusesAPackageSignedWithAnotherIdentityKey() {
    SignatureKeyPair mallory = TestKeyPackages.identity();

    Result result = validator.validate(TestKeyPackages.message(mallory), identityKey(alice));

    assertTrue(assertInstanceOf(Result.Invalid.class, result).reason().contains("not the publisher's identity key"));
  }

  @Test
  void refusesATamperedSignature() {
    byte[] bytes = TestKeyPackages.message(alice).toByteArray();
    bytes[bytes.length - 1] ^= 1;

    Result result = validator.validate(Bytes.wrap(bytes), identityKey(alice));

    assertInstanceOf(Result.Invalid.class, result);
  }

  @Test
  void refusesAnExpiredOrNotYetValidPackage() {
    long now = NOW.getEpochSecond();
    Bytes expired = TestKeyPackages.message(TestKeyPackages.SUITE, alice, new Lifetime(now - 7200, now - 3600));
    Bytes future = TestKeyPackages.message(TestKeyPackages.SUITE, alice, new Lifetime(now + 3600, now + 7200));
    Bytes current = TestKeyPackages.message(TestKeyPackages.SUITE, alice, new Lifetime(now - 60, now + 60));

    assertInstanceOf(Result.Invalid.class, validator.validate(expired, identityKey(alice)));
    assertInstanceOf(Result.Invalid.class, validator.validate(future, identityKey(alice)));
    assertInstanceOf(Result.Valid.class, validator.validate(current, identityKey(alice)));
  }

  @Test
  void refusesASuiteWithoutEd25519Signatures() {
    var p256 = CipherSuites.byId(CipherSuites.MLS_128_DHKEMP256_AES128GCM_SHA256_P256);
    SignatureKeyPair ecdsa = p256.generateSignatureKeyPair();

    Result result = validator.validate(TestKeyPackages.message(p256, ecdsa, TestKeyPackages.FOREVER),
        identityKey(alice));

    assertTrue(assertInstanceOf(Result.Invalid.class, result).reason().contains("cipher suite 2"));
  }

  @Test
  void refusesBytesThatAreNoKeyPackage() {
    Bytes truncated = Bytes.of(new byte[] {0, 1, 0, 5, 1, 2, 3});
    assertInstanceOf(Result.Invalid.class, validator.validate(truncated, identityKey(alice)));
    assertInstanceOf(Result.Invalid.class, validator.validate(Bytes.EMPTY, identityKey(alice)));
  }

  @Test
  void acceptsTheChaChaSuiteToo() {
    var chacha = CipherSuites.byId(CipherSuites.MLS_128_DHKEMX25519_CHACHA20POLY1305_SHA256_ED25519);

    assertInstanceOf(Result.Valid.class, validator.validate(
        TestKeyPackages.message(chacha, alice, TestKeyPackages.FOREVER),
        identityKey(alice)));
  }

  static IdentityKey identityKey(SignatureKeyPair pair) {
    return IdentityKey.of(pair.publicKey());
  }
}
