package dev.quicnprotochat.mls.crypto;

import java.util.List;
import org.bouncycastle.crypto.hpke.HPKE;

/// The post-quantum suites 77–88 as ts-mls 1.6.4 defines them (provisional code points, not IANA-registered; see
/// docs/post-quantum.md).
///
/// ts-mls uses HKDF-SHA512 as both the HPKE KDF and the MLS KDF of every one of them, and AES-256-GCM in suite 77
/// whose name says AES128GCM; the Hash (RefHash, MAC) is the one in the name. These definitions copy that
/// behaviour, checked by the ts-mls vectors in `pq-vectors/`, because the code points mean nothing else.
final class PqCipherSuites {

  private PqCipherSuites() {
  }

  static List<CipherSuite> build() {
    return List.of(
        suite(77, HashAlgorithm.SHA256, AeadAlgorithm.AES_256_GCM, PqKem.ML_KEM_512, EdDsaAlgorithm.ED25519),
        suite(78, HashAlgorithm.SHA256, AeadAlgorithm.CHACHA20_POLY1305, PqKem.ML_KEM_512, EdDsaAlgorithm.ED25519),
        suite(79, HashAlgorithm.SHA384, AeadAlgorithm.AES_256_GCM, PqKem.ML_KEM_768, EdDsaAlgorithm.ED25519),
        suite(80, HashAlgorithm.SHA384, AeadAlgorithm.CHACHA20_POLY1305, PqKem.ML_KEM_768, EdDsaAlgorithm.ED25519),
        suite(81, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM, PqKem.ML_KEM_1024, EdDsaAlgorithm.ED25519),
        suite(82, HashAlgorithm.SHA512, AeadAlgorithm.CHACHA20_POLY1305, PqKem.ML_KEM_1024, EdDsaAlgorithm.ED25519),
        suite(83, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM, PqKem.X_WING, EdDsaAlgorithm.ED25519),
        suite(84, HashAlgorithm.SHA512, AeadAlgorithm.CHACHA20_POLY1305, PqKem.X_WING, EdDsaAlgorithm.ED25519),
        suite(85, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM, PqKem.ML_KEM_1024, MlDsaAlgorithm.ML_DSA_87),
        suite(86, HashAlgorithm.SHA512, AeadAlgorithm.CHACHA20_POLY1305, PqKem.ML_KEM_1024, MlDsaAlgorithm.ML_DSA_87),
        suite(87, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM, PqKem.X_WING, MlDsaAlgorithm.ML_DSA_87),
        suite(88, HashAlgorithm.SHA512, AeadAlgorithm.CHACHA20_POLY1305, PqKem.X_WING, MlDsaAlgorithm.ML_DSA_87));
  }

  private static CipherSuite suite(int id, HashAlgorithm hash, AeadAlgorithm aead, PqKem kem,
      SignatureAlgorithm signature) {
    short hpkeAead = aead == AeadAlgorithm.CHACHA20_POLY1305 ? HPKE.aead_CHACHA20_POLY1305 : HPKE.aead_AES_GCM256;
    return new StandardCipherSuite(id, hash, HashAlgorithm.SHA512, aead,
        new PqHpke(kem, HPKE.kdf_HKDF_SHA512, hpkeAead), signature);
  }
}
