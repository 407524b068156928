package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.xwing.XWingPrivateKeyParameters;

/// The post-quantum HPKE KEMs of the ts-mls suites 77–88: ML-KEM (FIPS 203) and X-Wing (ML-KEM-768 + X25519).
///
/// Keys are serialised as BouncyCastle's HPKE and `@hpke/*` both do: the private key is the seed (ML-KEM `d || z`,
/// 64 bytes; X-Wing, 32 bytes), the public key is the encapsulation key (X-Wing: ML-KEM-768 key then X25519 key).
///
/// DeriveKeyPair follows `@hpke/ml-kem` 0.3.0 and `@hpke/hybridkem-x-wing` 0.7.0, which ts-mls 1.6.4 uses (the older
/// draft-connolly rules), and not draft-ietf-hpke-pq's `SHAKE256.LabeledDerive(ikm, "DeriveKeyPair", "", Nsk)` that
/// BouncyCastle's `HPKE.deriveKeyPair` implements: MLS derives every tree node key with DeriveKeyPair (RFC 9420
/// §7.4), so it must match the peer exactly. See docs/post-quantum.md.
enum PqKem {
  ML_KEM_512(HPKE.kem_ML_KEM_512, MLKEMParameters.ml_kem_512, 64, 800, 768),
  ML_KEM_768(HPKE.kem_ML_KEM_768, MLKEMParameters.ml_kem_768, 64, 1184, 1088),
  ML_KEM_1024(HPKE.kem_ML_KEM_1024, MLKEMParameters.ml_kem_1024, 64, 1568, 1568),
  X_WING(HPKE.kem_X_WING, null, 32, 1216, 1120);

  /// ML-KEM DeriveKeyPair takes `d || z` directly from the ikm, which must therefore be exactly this long.
  static final int ML_KEM_IKM_LENGTH = 64;

  private final short id;
  private final MLKEMParameters mlKem;
  private final int privateKeyLength;
  private final int publicKeyLength;
  private final int encLength;

  PqKem(short id, MLKEMParameters mlKem, int privateKeyLength, int publicKeyLength, int encLength) {
    this.id = id;
    this.mlKem = mlKem;
    this.privateKeyLength = privateKeyLength;
    this.publicKeyLength = publicKeyLength;
    this.encLength = encLength;
  }

  /// The HPKE KEM identifier (ML-KEM 0x0040–0x0042, X-Wing 0x647a).
  short id() {
    return id;
  }

  /// Nsk: serialised private key (seed) length.
  int privateKeyLength() {
    return privateKeyLength;
  }

  /// Npk: serialised public key length.
  int publicKeyLength() {
    return publicKeyLength;
  }

  /// Nenc: kem_output length.
  int encLength() {
    return encLength;
  }

  /// DeriveKeyPair(ikm) as `@hpke` computes it: ML-KEM uses the 64-byte ikm as the seed `d || z` of
  /// ML-KEM.KeyGen_internal (FIPS 203 §6.1); X-Wing uses `SHAKE256(ikm, 32)` as its seed.
  AsymmetricCipherKeyPair derive(byte[] ikm) {
    if (mlKem != null) {
      if (ikm.length != ML_KEM_IKM_LENGTH) {
        throw new CryptoException("ML-KEM DeriveKeyPair needs " + ML_KEM_IKM_LENGTH + " bytes of ikm, got "
            + ikm.length);
      }
      MLKEMPrivateKeyParameters sk = new MLKEMPrivateKeyParameters(mlKem, ikm);
      return new AsymmetricCipherKeyPair(sk.getPublicKeyParameters(), sk);
    }
    SHAKEDigest shake = new SHAKEDigest(256);
    shake.update(ikm, 0, ikm.length);
    byte[] seed = new byte[privateKeyLength];
    shake.doFinal(seed, 0, seed.length);
    XWingPrivateKeyParameters sk = new XWingPrivateKeyParameters(seed);
    return new AsymmetricCipherKeyPair(sk.getPublicKeyParameters(), sk);
  }
}
