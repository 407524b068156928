package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.CryptoException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/// ECDSA over the NIST curves with the hash the §17.1 suite names, on BouncyCastle's optimised curve arithmetic.
///
/// Nonces are deterministic (RFC 6979), so signing needs no randomness. Signatures are DER, which BouncyCastle's
/// decoder accepts only in canonical form.
enum EcdsaAlgorithm implements SignatureAlgorithm {
  P256("secp256r1", HashAlgorithm.SHA256),
  P384("secp384r1", HashAlgorithm.SHA384),
  P521("secp521r1", HashAlgorithm.SHA512);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ECDomainParameters domain;
  private final HashAlgorithm hash;
  private final int scalarLength;
  private final PublicKeyCache<ECPublicKeyParameters> publicKeys;

  EcdsaAlgorithm(String curveName, HashAlgorithm hash) {
    X9ECParameters params = CustomNamedCurves.getByName(curveName);
    this.domain = new ECDomainParameters(params.getCurve(), params.getG(), params.getN(), params.getH());
    this.hash = hash;
    this.scalarLength = (params.getN().bitLength() + 7) / 8;
    this.publicKeys = new PublicKeyCache<>(1024, encoded -> {
      ECPoint q = decodePoint(encoded);
      return q == null ? null : new ECPublicKeyParameters(q, domain);
    });
  }

  /// The scalar length in bytes (32, 48, 66): the size of serialised private keys.
  int scalarLength() {
    return scalarLength;
  }

  @Override
  public SignatureKeyPair generate() {
    BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, domain.getN().subtract(BigInteger.ONE), RANDOM);
    byte[] sk = BigIntegers.asUnsignedByteArray(scalarLength, d);
    return new SignatureKeyPair(sk, publicKey(sk));
  }

  @Override
  public byte[] publicKey(byte[] privateKey) {
    return new FixedPointCombMultiplier().multiply(domain.getG(), scalar(privateKey)).getEncoded(false);
  }

  @Override
  public byte[] sign(byte[] privateKey, byte[] message) {
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(switch (hash) {
      case SHA256 -> new SHA256Digest();
      case SHA384 -> new SHA384Digest();
      case SHA512 -> new SHA512Digest();
    }));
    signer.init(true, new ECPrivateKeyParameters(scalar(privateKey), domain));
    BigInteger[] rs = signer.generateSignature(hash.hash(message));
    try {
      return StandardDSAEncoding.INSTANCE.encode(domain.getN(), rs[0], rs[1]);
    } catch (IOException e) {
      throw new CryptoException("cannot encode ECDSA signature", e);
    }
  }

  @Override
  public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    ECPublicKeyParameters q = publicKeys.get(publicKey);
    if (q == null) {
      return false;
    }
    BigInteger[] rs;
    try {
      rs = StandardDSAEncoding.INSTANCE.decode(domain.getN(), signature);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, q);
    return verifier.verifySignature(hash.hash(message), rs[0], rs[1]);
  }

  /// An uncompressed point on the curve, or null: MLS serialises EC public keys uncompressed (RFC 9420 §5.1.1).
  private ECPoint decodePoint(byte[] encoded) {
    int fieldLength = (domain.getCurve().getFieldSize() + 7) / 8;
    if (encoded.length != 1 + 2 * fieldLength || encoded[0] != 0x04) {
      return null;
    }
    try {
      ECPoint p = domain.getCurve().decodePoint(encoded);
      return p.isValid() && !p.isInfinity() ? p : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private BigInteger scalar(byte[] privateKey) {
    if (privateKey.length == 0 || privateKey.length > scalarLength) {
      throw new CryptoException("ECDSA private key must be at most " + scalarLength + " bytes");
    }
    BigInteger d = new BigInteger(1, privateKey);
    if (d.signum() == 0 || d.compareTo(domain.getN()) >= 0) {
      throw new CryptoException("ECDSA private key is out of range");
    }
    return d;
  }
}
