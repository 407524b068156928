package dev.quicnprotochat.mls.crypto;

import static dev.quicnprotochat.mls.testing.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// crypto-basics.json (RFC 9420 §5.1–§5.2, §8, §9): every labelled operation, for suites 1–7.
class CryptoBasicsVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("crypto-basics.json");
  }

  /// One case per entry: it passes only if all six operations do.
  @ParameterizedTest
  @MethodSource("cases")
  void everyOperationMatches(JsonNode c) {
    refHashMatches(c);
    expandWithLabelMatches(c);
    deriveSecretMatches(c);
    deriveTreeSecretMatches(c);
    signWithLabelVerifiesAndRoundTrips(c);
    encryptWithLabelDecryptsAndRoundTrips(c);
  }

  private static void refHashMatches(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("ref_hash");
    assertArrayEquals(hex(v, "out"), suite.refHash(v.get("label").asText(), hex(v, "value")));
  }

  private static void expandWithLabelMatches(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("expand_with_label");
    assertArrayEquals(hex(v, "out"), suite.expandWithLabel(hex(v, "secret"), v.get("label").asText(),
        hex(v, "context"), v.get("length").asInt()));
  }

  private static void deriveSecretMatches(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("derive_secret");
    assertArrayEquals(hex(v, "out"), suite.deriveSecret(hex(v, "secret"), v.get("label").asText()));
  }

  private static void deriveTreeSecretMatches(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("derive_tree_secret");
    // RFC 9420 §9: DeriveTreeSecret(secret, label, generation, length) uses the generation as a uint32 context.
    byte[] generation = new TlsWriter().u32(v.get("generation").asLong()).toByteArray();
    assertArrayEquals(hex(v, "out"), suite.expandWithLabel(hex(v, "secret"), v.get("label").asText(), generation,
        v.get("length").asInt()));
  }

  private static void signWithLabelVerifiesAndRoundTrips(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("sign_with_label");
    String label = v.get("label").asText();
    byte[] priv = hex(v, "priv");
    byte[] pub = hex(v, "pub");
    byte[] content = hex(v, "content");
    assertArrayEquals(pub, suite.signaturePublicKey(priv));
    assertTrue(suite.verifyWithLabel(pub, label, content, hex(v, "signature")));
    byte[] own = suite.signWithLabel(priv, label, content);
    assertTrue(suite.verifyWithLabel(pub, label, content, own));
    byte[] ownWithPair = suite.signWithLabel(new SignatureKeyPair(priv, pub), label, content);
    assertTrue(suite.verifyWithLabel(pub, label, content, ownWithPair));
    assertFalse(suite.verifyWithLabel(pub, label + "x", content, own), "another label must not verify");
    content[0] ^= 1;
    assertFalse(suite.verifyWithLabel(pub, label, content, own), "changed content must not verify");
  }

  private static void encryptWithLabelDecryptsAndRoundTrips(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    JsonNode v = c.get("encrypt_with_label");
    String label = v.get("label").asText();
    byte[] priv = hex(v, "priv");
    byte[] pub = hex(v, "pub");
    byte[] context = hex(v, "context");
    byte[] plaintext = hex(v, "plaintext");
    assertArrayEquals(plaintext, suite.decryptWithLabel(priv, pub, label, context, hex(v, "kem_output"),
        hex(v, "ciphertext")));
    HpkeCiphertext own = suite.encryptWithLabel(pub, label, context, plaintext);
    assertArrayEquals(plaintext, suite.decryptWithLabel(priv, pub, label, context, own.kemOutput(),
        own.ciphertext()));
    byte[] otherContext = "other".getBytes(StandardCharsets.US_ASCII);
    assertThrows(CryptoException.class, () -> suite.decryptWithLabel(priv, pub, label, otherContext,
        own.kemOutput(), own.ciphertext()));
  }
}
