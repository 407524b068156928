package dev.quicnprotochat.opaque.ake;

import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.crypto.HashFunction;
import dev.quicnprotochat.opaque.envelope.CleartextCredentials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/// The 3DH key schedule of RFC 9807 §6.4: transcript preamble, Diffie-Hellman, and key derivation.
public final class ThreeDh {

  private static final byte[] PREAMBLE_LABEL = "OPAQUEv1-".getBytes(StandardCharsets.US_ASCII);

  private ThreeDh() {}

  /// Keys derived from one handshake. `toString` redacts them.
  public record Keys(byte[] serverMacKey, byte[] clientMacKey, byte[] sessionKey, byte[] handshakeSecret) {

    /// Overwrites every key with zeros.
    public void destroy() {
      Arrays.fill(serverMacKey, (byte) 0);
      Arrays.fill(clientMacKey, (byte) 0);
      Arrays.fill(handshakeSecret, (byte) 0);
    }

    @Override
    public String toString() {
      return "Keys[<redacted>]";
    }
  }

  /// RFC 9807 §6.4.2 Preamble.
  public static byte[] preamble(OpaqueConfig config, byte[] clientIdentity, byte[] ke1, byte[] serverIdentity,
      byte[] credentialResponse, byte[] serverNonce, byte[] serverPublicKeyshare) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(PREAMBLE_LABEL);
    out.writeBytes(CleartextCredentials.lengthPrefixed(config.context()));
    out.writeBytes(CleartextCredentials.lengthPrefixed(clientIdentity));
    out.writeBytes(ke1);
    out.writeBytes(CleartextCredentials.lengthPrefixed(serverIdentity));
    out.writeBytes(credentialResponse);
    out.writeBytes(serverNonce);
    out.writeBytes(serverPublicKeyshare);
    return out.toByteArray();
  }

  /// DiffieHellman(k, B) in the configuration's 3DH group (RFC 9807 §6.4.1).
  public static byte[] diffieHellman(OpaqueConfig config, byte[] privateKey, byte[] publicKey) {
    return config.ake().diffieHellman(privateKey, publicKey);
  }

  /// RFC 9807 §6.4.2 DeriveKeys(ikm, preamble).
  public static Keys deriveKeys(OpaqueConfig config, byte[] ikm, byte[] preamble) {
    HashFunction h = config.hash();
    byte[] prk = h.extract(new byte[0], ikm);
    byte[] preambleHash = h.hash(preamble);
    byte[] handshakeSecret = deriveSecret(config, prk, "HandshakeSecret", preambleHash);
    byte[] sessionKey = deriveSecret(config, prk, "SessionKey", preambleHash);
    byte[] km2 = deriveSecret(config, handshakeSecret, "ServerMAC", new byte[0]);
    byte[] km3 = deriveSecret(config, handshakeSecret, "ClientMAC", new byte[0]);
    Arrays.fill(prk, (byte) 0);
    return new Keys(km2, km3, sessionKey, handshakeSecret);
  }

  /// Derive-Secret(Secret, Label, Transcript-Hash) = Expand-Label(Secret, Label, Transcript-Hash, Nx), with
  /// Expand-Label's CustomLabel = I2OSP(Length, 2) || I2OSP(len("OPAQUE-" + Label), 1) || "OPAQUE-" + Label
  /// || I2OSP(len(Context), 1) || Context (RFC 9807 §6.4.2).
  static byte[] deriveSecret(OpaqueConfig config, byte[] secret, String label, byte[] context) {
    int length = config.hashLength();
    byte[] fullLabel = ("OPAQUE-" + label).getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.write(length >>> 8);
    info.write(length);
    info.write(fullLabel.length);
    info.writeBytes(fullLabel);
    info.write(context.length);
    info.writeBytes(context);
    return config.hash().expand(secret, info.toByteArray(), length);
  }
}
