package dev.quicnprotochat.mls.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.UsageException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CipherSuitesTest {

  @Test
  void suitesAreCachedAndUnknownIdsRefused() {
    assertSame(CipherSuites.byId(3), CipherSuites.byId(3));
    assertEquals(7, CipherSuites.all().size());
    for (int id : new int[] {0, 8, 0xfafa}) {
      assertFalse(CipherSuites.isSupported(id));
      assertThrows(UsageException.class, () -> CipherSuites.byId(id));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void parametersMatchTheRfcTable(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    assertEquals(id, suite.id());
    assertEquals(switch (id) {
      case 1, 2, 3 -> 32;
      case 7 -> 48;
      default -> 64;
    }, suite.hashLength());
    assertEquals(id == 1 || id == 2 ? 16 : 32, suite.aeadKeyLength());
    assertEquals(12, suite.aeadNonceLength());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void freshKeysWorkAndBadInputFailsCleanly(int id) {
    CipherSuite suite = CipherSuites.byId(id);
    SignatureKeyPair signer = suite.generateSignatureKeyPair();
    assertArrayEquals(signer.publicKey(), suite.signaturePublicKey(signer.privateKey()));
    byte[] content = HexFormat.of().parseHex("0102");
    byte[] signature = suite.signWithLabel(signer, "L", content);
    assertTrue(suite.verifyWithLabel(signer.publicKey(), "L", content, signature));
    assertFalse(suite.verifyWithLabel(new byte[3], "L", content, signature), "malformed key verifies as false");
    assertFalse(suite.verifyWithLabel(signer.publicKey(), "L", content, new byte[5]), "malformed signature");

    HpkeKeyPair hpke = suite.generateHpkeKeyPair();
    HpkeCiphertext ct = suite.encryptWithLabel(hpke.publicKey(), "L", content, content);
    assertArrayEquals(content, suite.decryptWithLabel(hpke.privateKey(), hpke.publicKey(), "L", content,
        ct.kemOutput(), ct.ciphertext()));
    assertThrows(CryptoException.class, () -> suite.encryptWithLabel(new byte[7], "L", content, content));
    byte[] badKem = ct.kemOutput().clone();
    badKem[badKem.length - 1] ^= 1;
    assertThrows(CryptoException.class, () -> suite.decryptWithLabel(hpke.privateKey(), hpke.publicKey(), "L",
        content, badKem, ct.ciphertext()));

    byte[] key = new byte[suite.aeadKeyLength()];
    byte[] nonce = new byte[suite.aeadNonceLength()];
    byte[] sealed = suite.seal(key, nonce, content, content);
    assertArrayEquals(content, suite.open(key, nonce, content, sealed));
    sealed[0] ^= 1;
    assertThrows(CryptoException.class, () -> suite.open(key, nonce, content, sealed));
    assertThrows(CryptoException.class, () -> suite.open(key, nonce, content, new byte[3]));
  }

  @Test
  void eddsaRefusesAPublicKeyThatIsNotThePairs() {
    CipherSuite suite = CipherSuites.byId(1);
    SignatureKeyPair mine = suite.generateSignatureKeyPair();
    SignatureKeyPair other = suite.generateSignatureKeyPair();
    SignatureKeyPair mixed = new SignatureKeyPair(mine.privateKey(), other.publicKey());
    assertThrows(UsageException.class, () -> suite.signWithLabel(mixed, "L", new byte[1]));
  }

  @Test
  void keyPairsAndSecretsRedactPrivateParts() {
    CipherSuite suite = CipherSuites.byId(1);
    SignatureKeyPair signer = suite.generateSignatureKeyPair();
    HpkeKeyPair hpke = suite.generateHpkeKeyPair();
    Secret secret = Secret.of(new byte[] {42, 43, 44});
    String text = signer + " " + hpke + " " + secret;
    assertFalse(text.contains(HexFormat.of().formatHex(signer.privateKey())));
    assertFalse(text.contains(HexFormat.of().formatHex(hpke.privateKey())));
    assertFalse(text.contains("2a2b2c"));
  }

  @Test
  void hkdfExpandProducesLongOutputsAndRejectsTooLongOnes() {
    CipherSuite suite = CipherSuites.byId(1);
    byte[] prk = new byte[32];
    byte[] out = suite.expand(prk, new byte[0], 100);
    assertEquals(100, out.length);
    // The first block of a longer output is the whole output of a shorter one (RFC 5869 §2.3).
    assertArrayEquals(suite.expand(prk, new byte[0], 32), java.util.Arrays.copyOf(out, 32));
    assertThrows(UsageException.class, () -> suite.expand(prk, new byte[0], 255 * 32 + 1));
  }
}
