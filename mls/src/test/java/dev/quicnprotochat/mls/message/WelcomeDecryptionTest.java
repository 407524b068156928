package dev.quicnprotochat.mls.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.testing.Vectors;
import org.junit.jupiter.api.Test;

/// Rejections on top of the first welcome.json case: wrong recipient, wrong suite, forged confirmation tag.
class WelcomeDecryptionTest {

  private final JsonNode c = Vectors.load("welcome.json").get(0);
  private final CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
  private final KeyPackageIn keyPackage = ((MLSMessage.OfKeyPackage) MLSMessage.decode(
      Bytes.wrap(Vectors.hex(c, "key_package")))).keyPackage();
  private final Welcome welcome = ((MLSMessage.OfWelcome) MLSMessage.decode(
      Bytes.wrap(Vectors.hex(c, "welcome")))).welcome();

  @Test
  void aWelcomeWithoutOurEntryIsRejected() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> WelcomeDecryption.entryFor(suite, welcome, new KeyPackageRef(Bytes.fromHex("00"))));
    assertEquals(ValidationCheck.WELCOME, e.check());
  }

  @Test
  void aWelcomeForAnotherSuiteIsRejected() {
    CipherSuite other = CipherSuites.byId(suite.id() == 1 ? 2 : 1);
    ValidationException e = assertThrows(ValidationException.class,
        () -> WelcomeDecryption.entryFor(other, welcome, keyPackage.ref(suite)));
    assertEquals(ValidationCheck.CIPHER_SUITE_MISMATCH, e.check());
  }

  @Test
  void groupSecretsThatDoNotDecodeAreRejected() {
    KeyPackageRef ref = keyPackage.ref(suite);
    var garbage = suite.encryptWithLabel(keyPackage.initKey().toByteArray(), WelcomeDecryption.LABEL,
        welcome.encryptedGroupInfo().toByteArray(), new byte[] {(byte) 0xff});
    Welcome forged = new Welcome(welcome.cipherSuite(), java.util.List.of(new EncryptedGroupSecrets(ref, garbage)),
        welcome.encryptedGroupInfo());
    HpkeKeyPair initKey = new HpkeKeyPair(Vectors.hex(c, "init_priv"), keyPackage.initKey().toByteArray());
    ValidationException e = assertThrows(ValidationException.class, () -> WelcomeDecryption.decryptGroupSecrets(
        suite, forged, WelcomeDecryption.entryFor(suite, forged, ref), initKey));
    assertEquals(ValidationCheck.WELCOME, e.check());
  }

  @Test
  void aForgedConfirmationTagIsRejected() {
    HpkeKeyPair initKey = new HpkeKeyPair(Vectors.hex(c, "init_priv"), keyPackage.initKey().toByteArray());
    GroupSecrets secrets = WelcomeDecryption.decryptGroupSecrets(suite, welcome,
        WelcomeDecryption.entryFor(suite, welcome, keyPackage.ref(suite)), initKey);
    byte[] joiner = secrets.joinerSecret().toByteArray();
    byte[] noPsk = new byte[suite.hashLength()];
    GroupInfo info = WelcomeDecryption.decryptGroupInfo(suite, welcome, joiner, noPsk);
    byte[] tag = info.confirmationTag().toByteArray();
    tag[0] ^= 1;
    GroupInfo forged = new GroupInfo(info.groupContext(), info.extensions(), Bytes.wrap(tag), info.signer(),
        info.signature());
    ValidationException e = assertThrows(ValidationException.class,
        () -> WelcomeDecryption.epochSecrets(suite, forged, joiner, noPsk));
    assertEquals(ValidationCheck.CONFIRMATION_TAG, e.check());
    assertEquals(false, forged.verifySignature(suite, Bytes.wrap(Vectors.hex(c, "signer_pub"))),
        "the signature covers the confirmation tag");
  }
}
