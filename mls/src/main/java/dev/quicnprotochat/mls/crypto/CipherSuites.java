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
  // Post-quantum suites on ts-mls 1.6.4's provisional code points (not IANA-registered; docs/post-quantum.md).
  public static final int MLS_128_MLKEM512_AES128GCM_SHA256_ED25519 = 77;
  public static final int MLS_128_MLKEM512_CHACHA20POLY1305_SHA256_ED25519 = 78;
  public static final int MLS_256_MLKEM768_AES256GCM_SHA384_ED25519 = 79;
  public static final int MLS_256_MLKEM768_CHACHA20POLY1305_SHA384_ED25519 = 80;
  public static final int MLS_256_MLKEM1024_AES256GCM_SHA512_ED25519 = 81;
  public static final int MLS_256_MLKEM1024_CHACHA20POLY1305_SHA512_ED25519 = 82;
  public static final int MLS_256_XWING_AES256GCM_SHA512_ED25519 = 83;
  public static final int MLS_256_XWING_CHACHA20POLY1305_SHA512_ED25519 = 84;
  public static final int MLS_256_MLKEM1024_AES256GCM_SHA512_MLDSA87 = 85;
  public static final int MLS_256_MLKEM1024_CHACHA20POLY1305_SHA512_MLDSA87 = 86;
  public static final int MLS_256_XWING_AES256GCM_SHA512_MLDSA87 = 87;
  public static final int MLS_256_XWING_CHACHA20POLY1305_SHA512_MLDSA87 = 88;

  // Built once: the HPKE parts hold parsed curve parameters, and suites are immutable and thread-safe.
  private static final List<CipherSuite> CLASSIC = List.of(
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
  private static final int FIRST_PQ = 77;
  private static final List<CipherSuite> PQ = PqCipherSuites.build();

  private CipherSuites() {
  }

  /// The suite with code point `id`; an unknown or unimplemented id is a [UsageException].
  public static CipherSuite byId(int id) {
    if (id >= 1 && id <= CLASSIC.size()) {
      return CLASSIC.get(id - 1);
    }
    if (id >= FIRST_PQ && id < FIRST_PQ + PQ.size()) {
      return PQ.get(id - FIRST_PQ);
    }
    throw new UsageException("cipher suite " + id + " is not implemented");
  }

  /// Whether [#byId] knows `id`, for validating peer-supplied suite lists without exceptions.
  public static boolean isSupported(int id) {
    return id >= 1 && id <= CLASSIC.size() || id >= FIRST_PQ && id < FIRST_PQ + PQ.size();
  }

  /// The RFC 9420 §17.1 suites, in code-point order. The post-quantum suites are deliberately not included, so
  /// that nothing advertises them by default: see [#postQuantum].
  public static List<CipherSuite> all() {
    return CLASSIC;
  }

  /// The post-quantum suites 77–88 (ts-mls's provisional code points), in code-point order.
  public static List<CipherSuite> postQuantum() {
    return PQ;
  }
}
