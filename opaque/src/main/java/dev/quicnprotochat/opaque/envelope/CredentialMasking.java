package dev.quicnprotochat.opaque.envelope;

import dev.quicnprotochat.opaque.OpaqueConfig;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/// RFC 9807 §5.2.2 / §5.2.3: the credential response hides the server's public key and the envelope under a pad
/// derived from the record's masking key and a fresh masking nonce, so a KE2 for an unknown user (whose masking key
/// is random) looks the same as one for a registered user.
public final class CredentialMasking {

  private static final byte[] PAD_LABEL = "CredentialResponsePad".getBytes(StandardCharsets.US_ASCII);

  private CredentialMasking() {}

  /// xor(Expand(masking_key, masking_nonce || "CredentialResponsePad", Npk + Nn + Nm), data): masks and unmasks.
  public static byte[] apply(OpaqueConfig config, byte[] maskingKey, byte[] maskingNonce, byte[] data) {
    int length = config.publicKeyLength() + config.envelopeLength();
    if (data.length != length) {
      throw new IllegalArgumentException("masked data must be Npk + Nn + Nm bytes");
    }
    byte[] pad = config.hash().expand(maskingKey, EnvelopeStore.concat(maskingNonce, PAD_LABEL), length);
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (pad[i] ^ data[i]);
    }
    Arrays.fill(pad, (byte) 0);
    return out;
  }
}
