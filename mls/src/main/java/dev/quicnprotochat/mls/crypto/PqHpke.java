package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/// Base-mode HPKE with a post-quantum KEM ([PqKem]) on BouncyCastle's `org.bouncycastle.crypto.hpke`, which
/// implements the ML-KEM and X-Wing KEMs of draft-ietf-hpke-pq and draft-connolly-cfrg-xwing-kem.
///
/// Unlike [Hpke] there is no sender key pair to pass in: a KEM encapsulation draws its own randomness, so seals
/// use BouncyCastle's `setupBaseS(pkR, info)`.
final class PqHpke extends PooledHpke {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PqKem kem;

  PqHpke(PqKem kem, short kdf, short aead) {
    // a parsed ML-KEM key keeps its decoded polynomial vector; keys of the wrong length are not parsed at all
    super(kem.id(), kdf, aead, 256, encoded -> encoded.length == kem.publicKeyLength());
    this.kem = kem;
  }

  PqKem kem() {
    return kem;
  }

  @Override
  HPKEContextWithEncapsulation setupSender(HPKE h, AsymmetricKeyParameter pkR, byte[] info) {
    return h.setupBaseS(pkR, info);
  }

  /// ML-KEM decapsulation never fails on a wrong key (implicit rejection, FIPS 203 §6.3): it yields an unrelated
  /// shared secret, so a wrong key or altered kem_output surfaces as an AEAD failure. Lengths are checked here.
  @Override
  void checkReceiverLengths(HPKE h, byte[] privateKey, byte[] publicKey, byte[] kemOutput) {
    if (kemOutput.length != kem.encLength()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
    }
    if (privateKey.length != kem.privateKeyLength() || publicKey.length != kem.publicKeyLength()) {
      throw new CryptoException("HPKE key pair has the wrong length");
    }
  }

  @Override
  public HpkeKeyPair deriveKeyPair(byte[] ikm) {
    AsymmetricCipherKeyPair pair = kem.derive(ikm);
    return with(h -> serialise(h, pair));
  }

  /// A uniformly random seed gives the same distribution as the KEM's own GenerateKeyPair.
  @Override
  public HpkeKeyPair generateKeyPair() {
    byte[] ikm = new byte[PqKem.ML_KEM_IKM_LENGTH];
    RANDOM.nextBytes(ikm);
    try {
      return deriveKeyPair(ikm);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }
}
