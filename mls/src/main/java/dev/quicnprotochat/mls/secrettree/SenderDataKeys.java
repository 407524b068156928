package dev.quicnprotochat.mls.secrettree;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.util.Arrays;

/// The key and nonce that protect a PrivateMessage's sender data (RFC 9420 §6.3.2):
///
/// ```
/// ciphertext_sample = ciphertext[0..KDF.Nh-1]
/// sender_data_key   = ExpandWithLabel(sender_data_secret, "key", ciphertext_sample, AEAD.Nk)
/// sender_data_nonce = ExpandWithLabel(sender_data_secret, "nonce", ciphertext_sample, AEAD.Nn)
/// ```
///
/// A ciphertext shorter than Nh is used whole as the sample.
public record SenderDataKeys(byte[] key, byte[] nonce) {

  public static SenderDataKeys derive(CipherSuite suite, byte[] senderDataSecret, byte[] ciphertext) {
    byte[] sample = ciphertext.length <= suite.hashLength() ? ciphertext
        : Arrays.copyOf(ciphertext, suite.hashLength());
    return new SenderDataKeys(
        suite.expandWithLabel(senderDataSecret, "key", sample, suite.aeadKeyLength()),
        suite.expandWithLabel(senderDataSecret, "nonce", sample, suite.aeadNonceLength()));
  }

  /// Zeroes both arrays.
  public void destroy() {
    Arrays.fill(key, (byte) 0);
    Arrays.fill(nonce, (byte) 0);
  }

  @Override
  public String toString() {
    return "SenderDataKeys[<redacted>]";
  }
}
