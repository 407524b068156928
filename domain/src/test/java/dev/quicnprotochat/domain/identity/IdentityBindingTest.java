package dev.quicnprotochat.domain.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.codec.Bytes;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

class IdentityBindingTest {

  private final SecureRandom random = new SecureRandom();
  private final Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(random);
  private final IdentityKey identityKey = IdentityKey.of(privateKey.generatePublicKey().getEncoded());
  private final Username alice = Username.of("alice");
  private final Bytes upload = Bytes.fromHex("0102030405");

  private Bytes sign(Ed25519PrivateKeyParameters key, Username name, Bytes registration) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, key);
    byte[] message = IdentityBinding.message(name, registration);
    signer.update(message, 0, message.length);
    return Bytes.wrap(signer.generateSignature());
  }

  @Test
  void theKeysOwnSignatureVerifies() {
    assertTrue(IdentityBinding.verify(identityKey, alice, upload, sign(privateKey, alice, upload)));
  }

  @Test
  void aSignatureBindsUsernameAndUpload() {
    Bytes signature = sign(privateKey, alice, upload);
    assertFalse(IdentityBinding.verify(identityKey, Username.of("mallory"), upload, signature));
    assertFalse(IdentityBinding.verify(identityKey, alice, Bytes.fromHex("0102030406"), signature));
  }

  @Test
  void anotherKeysSignatureDoesNotVerify() {
    Ed25519PrivateKeyParameters other = new Ed25519PrivateKeyParameters(random);
    assertFalse(IdentityBinding.verify(identityKey, alice, upload, sign(other, alice, upload)));
  }

  @Test
  void malformedSignaturesAndKeysAreJustInvalid() {
    assertFalse(IdentityBinding.verify(identityKey, alice, upload, Bytes.zeros(10)));
    assertFalse(IdentityBinding.verify(identityKey, alice, upload, Bytes.zeros(64)));
    byte[] notAPoint = new byte[32];
    java.util.Arrays.fill(notAPoint, (byte) 0xff);
    assertFalse(IdentityBinding.verify(IdentityKey.of(notAPoint), alice, upload, sign(privateKey, alice, upload)));
  }

  @Test
  void messageStartsWithTheLabelAndLengthPrefixesItsParts() {
    byte[] message = IdentityBinding.message(alice, upload);
    Bytes expected = Bytes.of(IdentityBinding.LABEL).concat(Bytes.fromHex("05")).concat(Bytes.of("alice".getBytes()))
        .concat(Bytes.fromHex("00000005")).concat(upload);
    assertTrue(expected.equals(Bytes.of(message)));
  }
}
