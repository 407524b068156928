package dev.quicnprotochat.opaque.envelope;

import dev.quicnprotochat.opaque.OpaqueAuthenticationException;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.crypto.HashFunction;
import dev.quicnprotochat.opaque.message.Envelope;
import dev.quicnprotochat.opaque.ake.AkeKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/// RFC 9807 §4.1.2-4.1.3 envelope Store and Recover: the client's long-term key pair is re-derived from the
/// randomized password and the envelope nonce, and the envelope's tag authenticates it together with the server's
/// key and both identities.
public final class EnvelopeStore {

  private static final byte[] AUTH_KEY = ascii("AuthKey");
  private static final byte[] EXPORT_KEY = ascii("ExportKey");
  private static final byte[] PRIVATE_KEY = ascii("PrivateKey");
  private static final byte[] MASKING_KEY = ascii("MaskingKey");

  private EnvelopeStore() {}

  /// Output of Store. `toString` redacts the keys.
  public record Stored(Envelope envelope, byte[] clientPublicKey, byte[] maskingKey, byte[] exportKey) {
    @Override
    public String toString() {
      return "Stored[<redacted>]";
    }
  }

  /// Output of Recover. `toString` redacts the keys.
  public record Recovered(byte[] clientPrivateKey, CleartextCredentials credentials, byte[] exportKey) {
    @Override
    public String toString() {
      return "Recovered[<redacted>]";
    }
  }

  /// masking_key = Expand(randomized_password, "MaskingKey", Nh).
  public static byte[] maskingKey(OpaqueConfig config, byte[] randomizedPassword) {
    return config.hash().expand(randomizedPassword, MASKING_KEY, config.hashLength());
  }

  /// RFC 9807 §4.1.2 Store.
  public static Stored store(OpaqueConfig config, byte[] randomizedPassword, byte[] serverPublicKey,
      byte[] serverIdentity, byte[] clientIdentity, OpaqueRandom random) {
    HashFunction h = config.hash();
    byte[] nonce = random.nextBytes(OpaqueConfig.NONCE_LENGTH);
    byte[] maskingKey = maskingKey(config, randomizedPassword);
    byte[] authKey = h.expand(randomizedPassword, concat(nonce, AUTH_KEY), config.hashLength());
    byte[] exportKey = h.expand(randomizedPassword, concat(nonce, EXPORT_KEY), config.hashLength());
    byte[] seed = h.expand(randomizedPassword, concat(nonce, PRIVATE_KEY), OpaqueConfig.SEED_LENGTH);
    AkeKeyPair clientKeys = config.deriveDiffieHellmanKeyPair(seed);
    byte[] clientPublicKey = clientKeys.publicKey();
    clientKeys.destroy();
    CleartextCredentials creds =
        CleartextCredentials.create(serverPublicKey, clientPublicKey, serverIdentity, clientIdentity);
    byte[] authTag = h.hmac(authKey, nonce, creds.encode());
    Arrays.fill(authKey, (byte) 0);
    Arrays.fill(seed, (byte) 0);
    return new Stored(Envelope.of(nonce, authTag), clientPublicKey, maskingKey, exportKey);
  }

  /// RFC 9807 §4.1.3 Recover.
  ///
  /// @throws OpaqueAuthenticationException if the tag does not verify (EnvelopeRecoveryError): a wrong password,
  ///     a fake record, or tampering
  public static Recovered recover(OpaqueConfig config, byte[] randomizedPassword, byte[] serverPublicKey,
      Envelope envelope, byte[] serverIdentity, byte[] clientIdentity) {
    HashFunction h = config.hash();
    byte[] nonce = envelope.nonce();
    byte[] authKey = h.expand(randomizedPassword, concat(nonce, AUTH_KEY), config.hashLength());
    byte[] exportKey = h.expand(randomizedPassword, concat(nonce, EXPORT_KEY), config.hashLength());
    byte[] seed = h.expand(randomizedPassword, concat(nonce, PRIVATE_KEY), OpaqueConfig.SEED_LENGTH);
    AkeKeyPair clientKeys = config.deriveDiffieHellmanKeyPair(seed);
    CleartextCredentials creds =
        CleartextCredentials.create(serverPublicKey, clientKeys.publicKey(), serverIdentity, clientIdentity);
    byte[] expectedTag = h.hmac(authKey, nonce, creds.encode());
    Arrays.fill(authKey, (byte) 0);
    Arrays.fill(seed, (byte) 0);
    if (!MessageDigest.isEqual(expectedTag, envelope.authTag())) {
      Arrays.fill(exportKey, (byte) 0);
      clientKeys.destroy();
      throw new OpaqueAuthenticationException("login failed: the credentials could not be recovered");
    }
    return new Recovered(clientKeys.privateKey(), creds, exportKey);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
