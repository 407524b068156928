package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;

/// Codec for `struct { opaque kem_output<V>; opaque ciphertext<V>; } HPKECiphertext;` (RFC 9420 §5.1.3), kept
/// beside its users because [HpkeCiphertext] itself carries no codec.
public final class HpkeCiphertextCodec {

  private HpkeCiphertextCodec() {
  }

  public static HpkeCiphertext decode(TlsReader r) {
    return new HpkeCiphertext(r.opaque(), r.opaque());
  }

  public static void encode(TlsWriter w, HpkeCiphertext c) {
    w.opaque(c.kemOutput()).opaque(c.ciphertext());
  }
}
