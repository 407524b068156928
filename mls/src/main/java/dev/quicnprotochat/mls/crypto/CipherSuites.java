package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.UsageException;
import java.util.List;
import org.bouncycastle.crypto.hpke.HPKE;

/// Looks up the implemented cipher suites by their RFC 9420 §17.1 code point.
public final class CipherSuites {

  /// MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519, the mandatory-to-implement suite (§17.1).
  public static final int MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519 = 1;
  public static final int MLS_128_DHKEMP256_AES128GCM_SHA256_P256 = 2;
  public static final int MLS_128_DHKEMX25519_CHACHA20POLY1305_SHA256_ED25519 = 3;
  public static final int MLS_256_DHKEMX448_AES256GCM_SHA512_ED448 = 4;
  public static final int MLS_256_DHKEMP521_AES256GCM_SHA512_P521 = 5;
  public static final int MLS_256_DHKEMX448_CHACHA20POLY1305_SHA512_ED448 = 6;
  public static final int MLS_256_DHKEMP384_AES256GCM_SHA384_P384 = 7;

  // Built once: the HPKE parts hold parsed curve parameters, and suites are immutable and thread-safe.
  private static final List<CipherSuite> SUITES = List.of(
      new StandardCipherSuite(1, HashAlgorithm.SHA256, AeadAlgorithm.AES_128_GCM,
          new Hpke(HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128, 32), EdDsaAlgorithm.ED25519),
      new StandardCipherSuite(2, HashAlgorithm.SHA256, AeadAlgorithm.AES_128_GCM,
          new Hpke(HPKE.kem_P256_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128, 32), EcdsaAlgorithm.P256),
      new StandardCipherSuite(3, HashAlgorithm.SHA256, AeadAlgorithm.CHACHA20_POLY1305,
          new Hpke(HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_CHACHA20_POLY1305, 32),
          EdDsaAlgorithm.ED25519),
      new StandardCipherSuite(4, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM,
          new Hpke(HPKE.kem_X448_SHA512, HPKE.kdf_HKDF_SHA512, HPKE.aead_AES_GCM256, 56), EdDsaAlgorithm.ED448),
      new StandardCipherSuite(5, HashAlgorithm.SHA512, AeadAlgorithm.AES_256_GCM,
          new Hpke(HPKE.kem_P521_SHA512, HPKE.kdf_HKDF_SHA512, HPKE.aead_AES_GCM256, 66), EcdsaAlgorithm.P521),
      new StandardCipherSuite(6, HashAlgorithm.SHA512, AeadAlgorithm.CHACHA20_POLY1305,
          new Hpke(HPKE.kem_X448_SHA512, HPKE.kdf_HKDF_SHA512, HPKE.aead_CHACHA20_POLY1305, 56),
          EdDsaAlgorithm.ED448),
      new StandardCipherSuite(7, HashAlgorithm.SHA384, AeadAlgorithm.AES_256_GCM,
          new Hpke(HPKE.kem_P384_SHA384, HPKE.kdf_HKDF_SHA384, HPKE.aead_AES_GCM256, 48), EcdsaAlgorithm.P384));

  private CipherSuites() {
  }

  /// The suite with code point `id`; an unknown or unimplemented id is a [UsageException].
  public static CipherSuite byId(int id) {
    if (id < 1 || id > SUITES.size()) {
      throw new UsageException("cipher suite " + id + " is not implemented");
    }
    return SUITES.get(id - 1);
  }

  /// Whether [#byId] knows `id`, for validating peer-supplied suite lists without exceptions.
  public static boolean isSupported(int id) {
    return id >= 1 && id <= SUITES.size();
  }

  /// All implemented suites, in code-point order.
  public static List<CipherSuite> all() {
    return SUITES;
  }
}
