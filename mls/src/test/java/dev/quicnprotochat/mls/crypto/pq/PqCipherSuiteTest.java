package dev.quicnprotochat.mls.crypto.pq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeExport;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The post-quantum suites 77–88 on their own: round trips, failures, determinism and the sizes the drafts fix
/// (FIPS 203 ML-KEM, draft-connolly-cfrg-xwing-kem, FIPS 204 ML-DSA-87).
class PqCipherSuiteTest {

  private static final byte[] INFO = "info".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AAD = "aad".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MESSAGE = "a post-quantum group secret".getBytes(StandardCharsets.US_ASCII);

  @Test
  void registeredByIdButNotAdvertisedAmongTheRfcSuites() {
    assertEquals(12, CipherSuites.postQuantum().size());
    for (int id = 77; id <= 88; id++) {
      assertTrue(CipherSuites.isSupported(id));
      assertSame(CipherSuites.byId(id), CipherSuites.postQuantum().get(id - 77));
      assertEquals(id, CipherSuites.byId(id).id());
    }
    assertFalse(CipherSuites.isSupported(76));
    assertFalse(CipherSuites.isSupported(89));
    assertEquals(7, CipherSuites.all().size());
  }

  /// Nh is the KDF's length, HKDF-SHA512 in every ts-mls PQ suite; Hash() keeps the hash named by the suite.
  @ParameterizedTest
  @ValueSource(ints = {77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88})
  void parameterSizesMatchTheDefinitions(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    assertEquals(64, suite.hashLength());
    assertEquals(id <= 78 ? 32 : id <= 80 ? 48 : 64, suite.hash(new byte[0]).length);
    assertEquals(32, suite.aeadKeyLength());
    assertEquals(12, suite.aeadNonceLength());

    HpkeKeyPair keys = suite.generateHpkeKeyPair();
    Kem kem = Kem.of(id);
    assertEquals(kem.privateKey, keys.privateKey().length);
    assertEquals(kem.publicKey, keys.publicKey().length);
    HpkeCiphertext ct = suite.hpkeSeal(keys.publicKey(), INFO, AAD, MESSAGE);
    assertEquals(kem.enc, ct.kemOutput().length);
    assertEquals(MESSAGE.length + 16, ct.ciphertext().length);

    SignatureKeyPair signer = suite.generateSignatureKeyPair();
    boolean mlDsa = id >= 85;
    assertEquals(32, signer.privateKey().length);
    assertEquals(mlDsa ? 2592 : 32, signer.publicKey().length);
    assertEquals(mlDsa ? 4627 : 64, suite.signWithLabel(signer, "L", MESSAGE).length);
  }

  @ParameterizedTest
  @ValueSource(ints = {77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88})
  void hpkeRoundTripsAndRejectsTamperingAndWrongKeys(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    HpkeKeyPair keys = suite.generateHpkeKeyPair();
    HpkeKeyPair other = suite.generateHpkeKeyPair();
    HpkeCiphertext ct = suite.hpkeSeal(keys.publicKey(), INFO, AAD, MESSAGE);
    assertArrayEquals(MESSAGE, suite.hpkeOpen(keys.privateKey(), keys.publicKey(), INFO, AAD, ct.kemOutput(),
        ct.ciphertext()));

    byte[] badCt = ct.ciphertext().clone();
    badCt[0] ^= 1;
    assertThrows(CryptoException.class, () -> suite.hpkeOpen(keys.privateKey(), keys.publicKey(), INFO, AAD,
        ct.kemOutput(), badCt));
    // ML-KEM decapsulation rejects implicitly: a changed kem_output or a wrong key yields another shared secret,
    // which the AEAD then refuses.
    byte[] badKem = ct.kemOutput().clone();
    badKem[badKem.length / 2] ^= 1;
    assertThrows(CryptoException.class, () -> suite.hpkeOpen(keys.privateKey(), keys.publicKey(), INFO, AAD,
        badKem, ct.ciphertext()));
    assertThrows(CryptoException.class, () -> suite.hpkeOpen(other.privateKey(), other.publicKey(), INFO, AAD,
        ct.kemOutput(), ct.ciphertext()));
    assertThrows(CryptoException.class, () -> suite.hpkeOpen(keys.privateKey(), keys.publicKey(), AAD, AAD,
        ct.kemOutput(), ct.ciphertext()), "another info");
    assertThrows(CryptoException.class, () -> suite.hpkeOpen(keys.privateKey(), keys.publicKey(), INFO, AAD,
        Arrays.copyOf(ct.kemOutput(), ct.kemOutput().length - 1), ct.ciphertext()), "short kem_output");
    assertThrows(CryptoException.class, () -> suite.hpkeSeal(new byte[7], INFO, AAD, MESSAGE), "bad public key");
  }

  @ParameterizedTest
  @ValueSource(ints = {77, 79, 81, 83, 85, 88})
  void encryptWithLabelRoundTripsAndBindsLabelAndContext(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    HpkeKeyPair keys = suite.generateHpkeKeyPair();
    HpkeCiphertext ct = suite.encryptWithLabel(keys.publicKey(), "UpdatePathNode", INFO, MESSAGE);
    assertArrayEquals(MESSAGE, suite.decryptWithLabel(keys.privateKey(), keys.publicKey(), "UpdatePathNode", INFO,
        ct.kemOutput(), ct.ciphertext()));
    assertThrows(CryptoException.class, () -> suite.decryptWithLabel(keys.privateKey(), keys.publicKey(),
        "Welcome", INFO, ct.kemOutput(), ct.ciphertext()));
    assertThrows(CryptoException.class, () -> suite.decryptWithLabel(keys.privateKey(), keys.publicKey(),
        "UpdatePathNode", AAD, ct.kemOutput(), ct.ciphertext()));
  }

  @ParameterizedTest
  @ValueSource(ints = {79, 83, 86})
  void hpkeExportGivesBothSidesTheSameSecret(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    HpkeKeyPair keys = suite.generateHpkeKeyPair();
    HpkeExport sent = suite.hpkeExport(keys.publicKey(), INFO, AAD, 64);
    assertEquals(64, sent.secret().length);
    assertArrayEquals(sent.secret(), suite.hpkeExportReceive(keys.privateKey(), keys.publicKey(), INFO,
        sent.kemOutput(), AAD, 64));
    HpkeExport again = suite.hpkeExport(keys.publicKey(), INFO, AAD, 64);
    assertFalse(Arrays.equals(sent.secret(), again.secret()), "every export encapsulates afresh");
  }

  @ParameterizedTest
  @ValueSource(ints = {77, 79, 81, 83})
  void deriveKeyPairIsDeterministicAndMatchesFreshEncryption(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    byte[] ikm = new byte[64];
    Arrays.fill(ikm, (byte) id);
    HpkeKeyPair a = suite.deriveHpkeKeyPair(ikm);
    HpkeKeyPair b = suite.deriveHpkeKeyPair(ikm.clone());
    assertArrayEquals(a.privateKey(), b.privateKey());
    assertArrayEquals(a.publicKey(), b.publicKey());
    ikm[0] ^= 1;
    assertFalse(Arrays.equals(a.publicKey(), suite.deriveHpkeKeyPair(ikm).publicKey()));
    HpkeCiphertext ct = suite.hpkeSeal(a.publicKey(), INFO, AAD, MESSAGE);
    assertArrayEquals(MESSAGE, suite.hpkeOpen(a.privateKey(), a.publicKey(), INFO, AAD, ct.kemOutput(),
        ct.ciphertext()));
  }

  /// ML-KEM's DeriveKeyPair takes `d || z` straight from the ikm (as `@hpke/ml-kem` does), so only Nh = 64 bytes
  /// work; X-Wing hashes any length.
  @Test
  void mlKemDeriveKeyPairNeedsSixtyFourBytes() {
    assertThrows(CryptoException.class, () -> CipherSuites.byId(79).deriveHpkeKeyPair(new byte[32]));
    assertEquals(1216, CipherSuites.byId(83).deriveHpkeKeyPair(new byte[32]).publicKey().length);
  }

  @ParameterizedTest
  @ValueSource(ints = {83, 85, 87})
  void signaturesVerifyAndTamperedOnesDoNot(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    SignatureKeyPair signer = suite.generateSignatureKeyPair();
    assertArrayEquals(signer.publicKey(), suite.signaturePublicKey(signer.privateKey()));
    byte[] signature = suite.signWithLabel(signer, "LeafNodeTBS", MESSAGE);
    assertTrue(suite.verifyWithLabel(signer.publicKey(), "LeafNodeTBS", MESSAGE, signature));
    // Ed25519 is deterministic; ML-DSA is hedged, so a second signature differs but verifies too.
    byte[] second = suite.signWithLabel(signer.privateKey(), "LeafNodeTBS", MESSAGE);
    assertEquals(id < 85, Arrays.equals(signature, second));
    assertTrue(suite.verifyWithLabel(signer.publicKey(), "LeafNodeTBS", MESSAGE, second));
    byte[] tampered = signature.clone();
    tampered[tampered.length / 2] ^= 1;
    assertFalse(suite.verifyWithLabel(signer.publicKey(), "LeafNodeTBS", MESSAGE, tampered));
    assertFalse(suite.verifyWithLabel(signer.publicKey(), "KeyPackageTBS", MESSAGE, signature));
    assertFalse(suite.verifyWithLabel(suite.generateSignatureKeyPair().publicKey(), "LeafNodeTBS", MESSAGE,
        signature), "another key");
    assertFalse(suite.verifyWithLabel(new byte[5], "LeafNodeTBS", MESSAGE, signature), "malformed key");
    assertFalse(suite.verifyWithLabel(signer.publicKey(), "LeafNodeTBS", MESSAGE, new byte[9]), "malformed sig");
    assertThrows(CryptoException.class, () -> suite.signWithLabel(new byte[31], "L", MESSAGE));
  }

  /// Sizes fixed by FIPS 203 (ML-KEM) and the X-Wing draft: Nsk (the seed), Npk, Nenc.
  private record Kem(int privateKey, int publicKey, int enc) {
    static Kem of(int suite) {
      return switch (suite) {
        case 77, 78 -> new Kem(64, 800, 768);
        case 79, 80 -> new Kem(64, 1184, 1088);
        case 81, 82, 85, 86 -> new Kem(64, 1568, 1568);
        default -> new Kem(32, 1216, 1120);
      };
    }
  }
}
