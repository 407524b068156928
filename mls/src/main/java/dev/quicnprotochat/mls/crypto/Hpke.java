package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/// RFC 9180 base-mode HPKE with a Diffie-Hellman KEM (DHKEM, §4.1) for one (KEM, KDF, AEAD) triple.
///
/// BouncyCastle serialises keys as RFC 9180 §7.1.1 does (raw X25519/X448 keys, uncompressed EC points, EC private
/// keys as fixed-length big-endian scalars), which is also the convention of the MLS test vectors.
final class Hpke extends PooledHpke {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int privateKeyLength;

  /// `privateKeyLength` is the KEM's Nsk (RFC 9180 §7.1), the seed length for fresh key pairs.
  Hpke(short kem, short kdf, short aead, int privateKeyLength) {
    super(kem, kdf, aead, 1024, encoded -> true);
    this.privateKeyLength = privateKeyLength;
  }

  @Override
  HPKEContextWithEncapsulation setupSender(HPKE h, AsymmetricKeyParameter pkR, byte[] info) {
    return h.setupBaseS(pkR, info, freshKeyPair(h));
  }

  @Override
  void checkReceiverLengths(HPKE h, byte[] privateKey, byte[] publicKey, byte[] kemOutput) {
    if (kemOutput.length != h.getEncSize()) {
      throw new CryptoException("HPKE kem_output has the wrong length");
    }
  }

  /// RFC 9180 §7.1.3 allows GenerateKeyPair() = DeriveKeyPair(random(Nsk)). We use it for fresh and ephemeral keys
  /// instead of BouncyCastle's key-pair generator, which measured an order of magnitude slower per call here.
  private AsymmetricCipherKeyPair freshKeyPair(HPKE h) {
    byte[] seed = new byte[privateKeyLength];
    RANDOM.nextBytes(seed);
    try {
      return h.deriveKeyPair(seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  @Override
  public HpkeKeyPair deriveKeyPair(byte[] ikm) {
    return with(h -> serialise(h, h.deriveKeyPair(ikm)));
  }

  @Override
  public HpkeKeyPair generateKeyPair() {
    return with(h -> serialise(h, freshKeyPair(h)));
  }

  /// The DH half of DHKEM Encap(pkR) (RFC 9180 §4.1): a fresh ephemeral key pair, its serialised public key
  /// `enc`, and `DH(skE, pkR)`. [DhkemLabeledEncryptor] finishes the KEM and the key schedule itself, so that a large
  /// `info` is hashed once for many recipients.
  byte[][] encapDh(byte[] publicKey) {
    AsymmetricKeyParameter pkR = publicKey(publicKey);
    return with(h -> {
      AsymmetricCipherKeyPair eph = freshKeyPair(h);
      byte[] enc = h.serializePublicKey(eph.getPublic());
      try {
        return new byte[][] {enc, dh(eph.getPrivate(), pkR)};
      } catch (RuntimeException e) {
        throw new CryptoException("HPKE key agreement failed: " + e.getMessage());
      }
    });
  }

  private static byte[] dh(AsymmetricKeyParameter sk, AsymmetricKeyParameter pk) {
    return switch (sk) {
      case org.bouncycastle.crypto.params.X25519PrivateKeyParameters x -> {
        byte[] out = new byte[32];
        x.generateSecret((org.bouncycastle.crypto.params.X25519PublicKeyParameters) pk, out, 0);
        yield out;
      }
      case org.bouncycastle.crypto.params.X448PrivateKeyParameters x -> {
        byte[] out = new byte[56];
        x.generateSecret((org.bouncycastle.crypto.params.X448PublicKeyParameters) pk, out, 0);
        yield out;
      }
      case org.bouncycastle.crypto.params.ECPrivateKeyParameters ec -> {
        var agreement = new org.bouncycastle.crypto.agreement.ECDHBasicAgreement();
        agreement.init(ec);
        int length = (ec.getParameters().getCurve().getFieldSize() + 7) / 8;
        yield org.bouncycastle.util.BigIntegers.asUnsignedByteArray(length, agreement.calculateAgreement(pk));
      }
      default -> throw new CryptoException("unsupported HPKE key type");
    };
  }
}
