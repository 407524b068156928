package dev.quicnprotochat.mls.schedule;

import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeExport;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import java.nio.charset.StandardCharsets;

/// The `init_secret` of an external join (RFC 9420 §8.3):
///
/// ```
/// kem_output, context = SetupBaseS(external_pub, "")
/// init_secret = context.export("MLS 1.0 external init secret", KDF.Nh)
/// ```
///
/// The joiner sends `kem_output` in an ExternalInit proposal; members recover the same secret with the epoch's
/// external private key ([EpochSecrets#externalKeyPair()]).
public final class ExternalInit {

  private static final byte[] EXPORTER_LABEL = "MLS 1.0 external init secret".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NO_INFO = new byte[0];

  private ExternalInit() {
  }

  /// The joiner's side: `kemOutput` for the proposal and `secret` as the init_secret.
  public static HpkeExport join(CipherSuite suite, byte[] externalPub) {
    return suite.hpkeExport(externalPub, NO_INFO, EXPORTER_LABEL, suite.hashLength());
  }

  /// A member's side, from the ExternalInit proposal's `kem_output`.
  public static byte[] initSecret(CipherSuite suite, HpkeKeyPair externalKeyPair, byte[] kemOutput) {
    return suite.hpkeExportReceive(externalKeyPair.privateKey(), externalKeyPair.publicKey(), NO_INFO, kemOutput,
        EXPORTER_LABEL, suite.hashLength());
  }
}
