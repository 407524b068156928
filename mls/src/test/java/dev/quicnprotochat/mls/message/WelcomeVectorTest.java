package dev.quicnprotochat.mls.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.testing.Vectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// welcome.json: find our entry by KeyPackageRef, decrypt the GroupSecrets and the GroupInfo, verify the
/// GroupInfo signature with `signer_pub`, and recompute the confirmation tag.
class WelcomeVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("welcome.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void welcomeDecryptsToAGroupInfoWithValidSignatureAndConfirmationTag(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    MLSMessage kpMessage = MLSMessage.decode(Bytes.wrap(Vectors.hex(c, "key_package")));
    KeyPackageIn keyPackage = assertInstanceOf(MLSMessage.OfKeyPackage.class, kpMessage).keyPackage();
    Welcome welcome = assertInstanceOf(MLSMessage.OfWelcome.class,
        MLSMessage.decode(Bytes.wrap(Vectors.hex(c, "welcome")))).welcome();
    // The vector's lifetimes have expired; check the key package as of its own not_before.
    long notBefore = keyPackage.leafNode().lifetime().orElseThrow().notBefore();
    Clock clock = Clock.fixed(Instant.ofEpochSecond(notBefore), ZoneOffset.UTC);
    assertEquals(keyPackage, keyPackage.verify(suite, clock).wire(), "the key package verifies");
    HpkeKeyPair initKey = new HpkeKeyPair(Vectors.hex(c, "init_priv"), keyPackage.initKey().toByteArray());

    EncryptedGroupSecrets entry = WelcomeDecryption.entryFor(suite, welcome, keyPackage.ref(suite));
    GroupSecrets secrets = WelcomeDecryption.decryptGroupSecrets(suite, welcome, entry, initKey);
    assertTrue(secrets.psks().isEmpty(), "the vector uses no PSKs");
    byte[] joiner = secrets.joinerSecret().toByteArray();
    byte[] noPsk = new byte[suite.hashLength()];

    GroupInfo groupInfo = WelcomeDecryption.decryptGroupInfo(suite, welcome, joiner, noPsk);
    assertEquals(suite.id(), groupInfo.groupContext().cipherSuite());
    assertTrue(groupInfo.verifySignature(suite, Bytes.wrap(Vectors.hex(c, "signer_pub"))), "group info signature");
    EpochSecrets epoch = WelcomeDecryption.epochSecrets(suite, groupInfo, joiner, noPsk);
    assertEquals(suite.hashLength(), epoch.confirmationKey().length());
  }
}
