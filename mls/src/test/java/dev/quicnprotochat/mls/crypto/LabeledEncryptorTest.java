package dev.quicnprotochat.mls.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.MlsException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The batch EncryptWithLabel computes RFC 9180 base-mode HPKE itself (DHKEM + key schedule); BouncyCastle's
/// HPKE, behind decryptWithLabel, must open what it produces, for every suite, and only under the same context.
class LabeledEncryptorTest {

  static Stream<CipherSuite> suites() {
    return CipherSuites.all().stream();
  }

  @ParameterizedTest
  @MethodSource("suites")
  void standardHpkeOpensWhatTheBatchEncryptorSeals(CipherSuite suite) {
    byte[] context = new byte[5000];
    for (int i = 0; i < context.length; i++) {
      context[i] = (byte) i;
    }
    LabeledEncryptor encryptor = suite.encryptorWithLabel("Welcome", context);
    for (int r = 0; r < 3; r++) {
      HpkeKeyPair recipient = suite.generateHpkeKeyPair();
      byte[] plaintext = ("group secrets " + r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      HpkeCiphertext ct = encryptor.encrypt(recipient.publicKey(), plaintext);
      assertArrayEquals(plaintext, suite.decryptWithLabel(recipient.privateKey(), recipient.publicKey(), "Welcome",
          context, ct.kemOutput(), ct.ciphertext()));
      byte[] otherContext = context.clone();
      otherContext[4999] ^= 1;
      assertThrows(MlsException.class, () -> suite.decryptWithLabel(recipient.privateKey(), recipient.publicKey(),
          "Welcome", otherContext, ct.kemOutput(), ct.ciphertext()));
      assertThrows(MlsException.class, () -> suite.decryptWithLabel(recipient.privateKey(), recipient.publicKey(),
          "Other", context, ct.kemOutput(), ct.ciphertext()));
    }
    HpkeKeyPair same = suite.generateHpkeKeyPair();
    assertNotEquals(java.util.HexFormat.of().formatHex(encryptor.encrypt(same.publicKey(), new byte[1]).kemOutput()),
        java.util.HexFormat.of().formatHex(encryptor.encrypt(same.publicKey(), new byte[1]).kemOutput()),
        "each encryption uses a fresh ephemeral key");
  }
}
