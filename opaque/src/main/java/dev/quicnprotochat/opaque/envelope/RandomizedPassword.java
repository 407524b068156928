package dev.quicnprotochat.opaque.envelope;

import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.crypto.GroupElement;
import java.math.BigInteger;
import java.util.Arrays;

/// RFC 9807 §5.2.3 / §5.2.4 (FinalizeRegistrationRequest, RecoverCredentials): finalize the OPRF, stretch the output
/// with the KSF, and extract the randomized password from both.
public final class RandomizedPassword {

  private RandomizedPassword() {}

  /// randomized_password = Extract("", oprf_output || Stretch(oprf_output)).
  public static byte[] derive(OpaqueConfig config, byte[] password, BigInteger blind, GroupElement evaluated) {
    byte[] oprfOutput = config.oprf().finalizeOutput(password, blind, evaluated);
    byte[] stretched = config.ksf().stretch(oprfOutput, config.hashLength());
    byte[] ikm = EnvelopeStore.concat(oprfOutput, stretched);
    byte[] randomized = config.hash().extract(new byte[0], ikm);
    Arrays.fill(oprfOutput, (byte) 0);
    Arrays.fill(stretched, (byte) 0);
    Arrays.fill(ikm, (byte) 0);
    return randomized;
  }
}
