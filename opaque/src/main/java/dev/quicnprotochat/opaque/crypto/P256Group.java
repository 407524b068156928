package dev.quicnprotochat.opaque.crypto;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.hash2curve.HashToCurveProfile;
import org.bouncycastle.crypto.hash2curve.HashToEllipticCurve;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/// NIST P-256 as a [PrimeOrderGroup] (RFC 9497 §4.3): elements are SEC1 compressed points (33 bytes), scalars
/// 32-byte big-endian; HashToGroup is RFC 9380 P256_XMD:SHA-256_SSWU_RO_ from BouncyCastle, HashToScalar is
/// hash_to_field with L = 48 reduced mod the group order.
public final class P256Group implements PrimeOrderGroup {

  public static final P256Group INSTANCE = new P256Group();

  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256r1");
  private static final ECCurve CURVE = PARAMS.getCurve();
  private static final BigInteger ORDER = PARAMS.getN();
  private static final P256Element GENERATOR = new P256Element(PARAMS.getG());

  private P256Group() {}

  @Override
  public int elementLength() {
    return 33;
  }

  @Override
  public int scalarLength() {
    return 32;
  }

  @Override
  public BigInteger order() {
    return ORDER;
  }

  @Override
  public GroupElement generator() {
    return GENERATOR;
  }

  @Override
  public GroupElement hashToGroup(byte[] msg, byte[] dst) {
    // BouncyCastle takes the DST as a String; ours are ASCII plus the 0x00 mode byte, which survive the round trip.
    HashToEllipticCurve h2c = HashToEllipticCurve.getInstance(
        HashToCurveProfile.P256_XMD_SHA_256, new String(dst, StandardCharsets.ISO_8859_1));
    return new P256Element(CURVE.importPoint(h2c.hashToCurve(msg).normalize()));
  }

  @Override
  public BigInteger hashToScalar(byte[] msg, byte[] dst) {
    return new BigInteger(1, HashFunction.SHA256.expandMessageXmd(msg, dst, 48)).mod(ORDER);
  }

  @Override
  public BigInteger randomScalar(OpaqueRandom random) {
    while (true) {
      BigInteger k = new BigInteger(1, random.nextBytes(32));
      if (k.signum() != 0 && k.compareTo(ORDER) < 0) {
        return k;
      }
    }
  }

  @Override
  public GroupElement multiply(GroupElement element, BigInteger scalar) {
    return new P256Element(point(element).multiply(scalar.mod(ORDER)));
  }

  @Override
  public boolean isIdentity(GroupElement element) {
    return point(element).isInfinity();
  }

  @Override
  public byte[] serialize(GroupElement element) {
    ECPoint p = point(element);
    if (p.isInfinity()) {
      throw new IllegalArgumentException("the identity has no SEC1 compressed encoding");
    }
    return p.getEncoded(true);
  }

  @Override
  public GroupElement deserialize(byte[] bytes) {
    if (bytes.length != 33 || (bytes[0] != 2 && bytes[0] != 3)) {
      throw new OpaqueCodecException("P-256 element must be a 33-byte compressed point");
    }
    ECPoint p;
    try {
      p = CURVE.decodePoint(bytes);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new OpaqueCodecException("P-256 element is not a point on the curve");
    }
    if (p.isInfinity() || !p.isValid()) {
      throw new OpaqueCodecException("P-256 element is not a valid non-identity point");
    }
    return new P256Element(p);
  }

  @Override
  public byte[] serializeScalar(BigInteger scalar) {
    return BigIntegers.asUnsignedByteArray(32, scalar.mod(ORDER));
  }

  @Override
  public BigInteger deserializeScalar(byte[] bytes) {
    if (bytes.length != 32) {
      throw new OpaqueCodecException("P-256 scalar must be 32 bytes, got " + bytes.length);
    }
    BigInteger k = new BigInteger(1, bytes);
    if (k.compareTo(ORDER) >= 0) {
      throw new OpaqueCodecException("P-256 scalar is not reduced");
    }
    return k;
  }

  private static ECPoint point(GroupElement e) {
    if (e instanceof P256Element p) {
      return p.point();
    }
    throw new IllegalArgumentException("not a P-256 element");
  }

  @Override
  public String toString() {
    return "P-256";
  }
}
