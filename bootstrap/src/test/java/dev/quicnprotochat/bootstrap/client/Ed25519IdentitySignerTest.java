package dev.quicnprotochat.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class Ed25519IdentitySignerTest {

  private final Ed25519IdentitySigner signer = new Ed25519IdentitySigner();

  private static boolean verify(IdentityKeyPair identity, byte[] message, Bytes signature) {
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(identity.publicKey().value().toByteArray(), 0));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature.toByteArray());
  }

  @Test
  void rfc8032Test1() {
    // RFC 8032 §7.1 TEST 1: empty message.
    IdentityKeyPair identity = IdentityKeyPair.fromSeed(
        Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
        + "d25bf5f0595bbe24655141438e7a100b", Hex.toHexString(signer.sign(identity, new byte[0]).toByteArray()));
  }

  @Test
  void signaturesVerifyOnlyForTheSignedMessage() {
    IdentityKeyPair identity = IdentityKeyPair.generate(new SecureRandom());
    byte[] message = "binding".getBytes(StandardCharsets.UTF_8);
    Bytes signature = signer.sign(identity, message);
    assertTrue(verify(identity, message, signature));
    assertFalse(verify(identity, "other".getBytes(StandardCharsets.UTF_8), signature));
  }
}
