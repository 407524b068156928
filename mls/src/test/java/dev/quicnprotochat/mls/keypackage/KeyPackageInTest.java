package dev.quicnprotochat.mls.keypackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.testing.MemberTestData.Member;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyPackageInTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);
  private static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

  @Test
  void aSignedKeyPackageRoundTripsAndVerifies() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    KeyPackageIn wire = KeyPackageIn.decode(alice.keyPackage().toBytes());
    assertEquals(alice.keyPackage().wire(), wire);
    assertEquals(alice.keyPackage(), wire.verify(SUITE, NOW));
    assertEquals(alice.keyPackage().ref(SUITE), wire.ref(SUITE));
    assertNotEquals(alice.keyPackage().ref(SUITE), MemberTestData.aMember(SUITE, "bob").keyPackage().ref(SUITE));
  }

  @Test
  void aTamperedSignatureIsRejected() {
    KeyPackageIn wire = MemberTestData.aMember(SUITE, "alice").keyPackage().wire();
    byte[] sig = wire.signature().toByteArray();
    sig[3] ^= 1;
    KeyPackageIn tampered = new KeyPackageIn(wire.version(), wire.cipherSuite(), wire.initKey(), wire.leafNode(),
        wire.extensions(), Bytes.wrap(sig));
    ValidationException e = assertThrows(ValidationException.class, () -> tampered.verify(SUITE, NOW));
    assertEquals(ValidationCheck.SIGNATURE, e.check());
  }

  @Test
  void anotherProtocolVersionIsRejected() {
    KeyPackageIn wire = MemberTestData.aMember(SUITE, "alice").keyPackage().wire();
    KeyPackageIn v2 = new KeyPackageIn(2, wire.cipherSuite(), wire.initKey(), wire.leafNode(), wire.extensions(),
        wire.signature());
    assertEquals(ValidationCheck.PROTOCOL_VERSION, assertThrows(ValidationException.class,
        () -> v2.verify(SUITE, NOW)).check());
  }

  @Test
  void aKeyPackageForAnotherSuiteIsRejected() {
    KeyPackageIn wire = MemberTestData.aMember(SUITE, "alice").keyPackage().wire();
    ValidationException e = assertThrows(ValidationException.class, () -> wire.verify(CipherSuites.byId(3), NOW));
    assertEquals(ValidationCheck.CIPHER_SUITE_MISMATCH, e.check());
  }

  @Test
  void anExpiredLeafIsRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    LeafNode l = alice.leaf();
    LeafNode expired = new LeafNode(l.encryptionKey(), l.signatureKey(), l.credential(), l.capabilities(),
        l.source(), Optional.of(new Lifetime(0, 1_000)), Optional.empty(), l.extensions(), Bytes.EMPTY)
        .signed(SUITE, alice.signatureKey().privateKey(), null, null);
    KeyPackage kp = KeyPackage.create(SUITE, alice.keyPackage().initKey(), expired, List.of(),
        alice.signatureKey().privateKey());
    ValidationException e = assertThrows(ValidationException.class, () -> kp.wire().verify(SUITE, NOW));
    assertEquals(ValidationCheck.LIFETIME, e.check());
  }

  @Test
  void anInitKeyEqualToTheEncryptionKeyIsRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    KeyPackage kp = KeyPackage.create(SUITE, alice.leaf().encryptionKey(), alice.leaf(), List.of(),
        alice.signatureKey().privateKey());
    ValidationException e = assertThrows(ValidationException.class, () -> kp.wire().verify(SUITE, NOW));
    assertEquals(ValidationCheck.KEY_PACKAGE, e.check());
  }
}
