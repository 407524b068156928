package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/// Combines the PSKs a commit names into `psk_secret` (RFC 9420 §8.4):
///
/// ```
/// struct { PreSharedKeyID id; uint16 index; uint16 count; } PSKLabel;
///
/// psk_extracted_[i] = KDF.Extract(0, psk_[i])
/// psk_input_[i] = ExpandWithLabel(psk_extracted_[i], "derived psk", PSKLabel, KDF.Nh)
/// psk_secret_[0] = 0
/// psk_secret_[i] = KDF.Extract(psk_input_[i-1], psk_secret_[i-1])
/// ```
public final class PskSecret {

  /// One PSK: its id as it appears in the commit, and the key the id resolves to.
  public record Input(PreSharedKeyID id, byte[] psk) {
    public Input {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(psk, "psk");
    }

    @Override
    public String toString() {
      return "Input[id=" + id + ", psk=<redacted>]";
    }
  }

  private PskSecret() {
  }

  /// `psk_secret` for `psks` in commit order; Nh zero bytes when there are none.
  public static byte[] compute(CipherSuite suite, List<Input> psks) {
    int nh = suite.hashLength();
    int count = psks.size();
    if (count > 0xffff) {
      throw new UsageException("too many PSKs: " + count);
    }
    byte[] zero = new byte[nh];
    byte[] secret = new byte[nh];
    for (int i = 0; i < count; i++) {
      Input in = psks.get(i);
      byte[] extracted = suite.extract(zero, in.psk());
      byte[] input = suite.expandWithLabel(extracted, "derived psk", new PSKLabel(in.id(), i, count).toByteArray(),
          nh);
      byte[] next = suite.extract(input, secret);
      Arrays.fill(extracted, (byte) 0);
      Arrays.fill(input, (byte) 0);
      Arrays.fill(secret, (byte) 0);
      secret = next;
    }
    return secret;
  }
}
