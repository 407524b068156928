package dev.quicnprotochat.opaque.crypto;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;

/// An element of the ristretto255 group (RFC 9496), held as a representative point (X:Y:Z:T) in extended
/// coordinates on the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 (edwards25519).
///
/// Encoding, decoding, equality and the one-way map follow RFC 9496 §4.3 line by line; field arithmetic is
/// BouncyCastle's constant-time [org.bouncycastle.math.ec.rfc7748.X25519Field]. Two representatives of the same
/// ristretto element are [#equals] and encode to the same 32 bytes. Instances are immutable.
public final class RistrettoPoint implements GroupElement {

  /// The canonical encoding of the generator (RFC 9496 §4.4).
  private static final byte[] GENERATOR_ENCODING =
      HexFormat.of().parseHex("e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76");

  public static final RistrettoPoint IDENTITY = new RistrettoPoint(Fe.zero(), Fe.one(), Fe.one(), Fe.zero());
  public static final RistrettoPoint GENERATOR = decodeAllowingIdentity(GENERATOR_ENCODING);

  private final int[] x;
  private final int[] y;
  private final int[] z;
  private final int[] t;

  private RistrettoPoint(int[] x, int[] y, int[] z, int[] t) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.t = t;
  }

  /// Decodes a canonical 32-byte encoding (RFC 9496 §4.3.1). The identity (all zero bytes) is accepted here;
  /// protocol code that must reject it uses [Ristretto255Group#deserialize].
  ///
  /// @throws OpaqueCodecException for a wrong length, a non-canonical or negative s, or an encoding that is not
  ///     the image of a group element
  public static RistrettoPoint decodeAllowingIdentity(byte[] bytes) {
    if (bytes.length != 32) {
      throw new OpaqueCodecException("ristretto255 element must be 32 bytes, got " + bytes.length);
    }
    int[] s = Fe.decode(bytes, 0);
    // The top bit is dropped by decode, so re-encoding also catches a set bit 255.
    if (!MessageDigest.isEqual(Fe.encode(s), bytes)) {
      throw new OpaqueCodecException("ristretto255 element has a non-canonical field encoding");
    }
    if (Fe.isNegative(s) == 1) {
      throw new OpaqueCodecException("ristretto255 element has a negative s");
    }
    int[] ss = Fe.sqr(s);
    int[] u1 = Fe.sub(Fe.one(), ss);
    int[] u2 = Fe.add(Fe.one(), ss);
    int[] u2Sqr = Fe.sqr(u2);
    int[] v = Fe.sub(Fe.neg(Fe.mul(Fe.D, Fe.sqr(u1))), u2Sqr);
    Fe.SqrtRatio inv = Fe.sqrtRatioM1(Fe.one(), Fe.mul(v, u2Sqr));
    int[] denX = Fe.mul(inv.root(), u2);
    int[] denY = Fe.mul(Fe.mul(inv.root(), denX), v);
    int[] px = Fe.abs(Fe.mul(Fe.add(s, s), denX));
    int[] py = Fe.mul(u1, denY);
    int[] pt = Fe.mul(px, py);
    if (inv.wasSquare() == 0 || Fe.isNegative(pt) == 1 || Fe.isZero(py) == -1) {
      throw new OpaqueCodecException("ristretto255 element is not a valid encoding");
    }
    return new RistrettoPoint(px, py, Fe.one(), pt);
  }

  /// RFC 9496 §4.3.2 encoding.
  public byte[] encode() {
    int[] u1 = Fe.mul(Fe.add(z, y), Fe.sub(z, y));
    int[] u2 = Fe.mul(x, y);
    int[] invsqrt = Fe.sqrtRatioM1(Fe.one(), Fe.mul(u1, Fe.sqr(u2))).root();
    int[] den1 = Fe.mul(invsqrt, u1);
    int[] den2 = Fe.mul(invsqrt, u2);
    int[] zInv = Fe.mul(Fe.mul(den1, den2), t);
    int[] ix0 = Fe.mul(x, Fe.SQRT_M1);
    int[] iy0 = Fe.mul(y, Fe.SQRT_M1);
    int[] enchantedDenominator = Fe.mul(den1, Fe.INVSQRT_A_MINUS_D);
    int rotate = -Fe.isNegative(Fe.mul(t, zInv));
    int[] ex = Fe.select(rotate, iy0, x);
    int[] ey = Fe.select(rotate, ix0, y);
    int[] denInv = Fe.select(rotate, enchantedDenominator, den2);
    ey = Fe.select(-Fe.isNegative(Fe.mul(ex, zInv)), Fe.neg(ey), ey);
    int[] s = Fe.abs(Fe.mul(denInv, Fe.sub(z, ey)));
    return Fe.encode(s);
  }

  /// RFC 9496 §4.3.4 one-way map from 64 uniformly random bytes.
  public static RistrettoPoint fromUniformBytes(byte[] bytes) {
    if (bytes.length != 64) {
      throw new IllegalArgumentException("one-way map needs 64 bytes");
    }
    RistrettoPoint p1 = map(Fe.decode(bytes, 0));
    RistrettoPoint p2 = map(Fe.decode(bytes, 32));
    return p1.add(p2);
  }

  private static RistrettoPoint map(int[] t) {
    int[] one = Fe.one();
    int[] r = Fe.mul(Fe.SQRT_M1, Fe.sqr(t));
    int[] u = Fe.mul(Fe.add(r, one), Fe.ONE_MINUS_D_SQ);
    int[] v = Fe.mul(Fe.sub(Fe.neg(one), Fe.mul(r, Fe.D)), Fe.add(r, Fe.D));
    Fe.SqrtRatio sr = Fe.sqrtRatioM1(u, v);
    int[] sPrime = Fe.neg(Fe.abs(Fe.mul(sr.root(), t)));
    int[] s = Fe.select(sr.wasSquare(), sr.root(), sPrime);
    int[] c = Fe.select(sr.wasSquare(), Fe.neg(one), r);
    int[] n = Fe.sub(Fe.mul(Fe.mul(c, Fe.sub(r, one)), Fe.D_MINUS_ONE_SQ), v);
    int[] w0 = Fe.mul(Fe.add(s, s), v);
    int[] w1 = Fe.mul(n, Fe.SQRT_AD_MINUS_ONE);
    int[] ss = Fe.sqr(s);
    int[] w2 = Fe.sub(one, ss);
    int[] w3 = Fe.add(one, ss);
    return new RistrettoPoint(Fe.mul(w0, w3), Fe.mul(w2, w1), Fe.mul(w1, w3), Fe.mul(w0, w2));
  }

  /// Complete addition in extended coordinates for a = -1 ("add-2008-hwcd-3"); also correct for doubling and
  /// the identity, so scalar multiplication needs no special cases.
  public RistrettoPoint add(RistrettoPoint q) {
    int[] a = Fe.mul(Fe.sub(y, x), Fe.sub(q.y, q.x));
    int[] b = Fe.mul(Fe.add(y, x), Fe.add(q.y, q.x));
    int[] c = Fe.mul(Fe.mul(t, Fe.D2), q.t);
    int[] zz = Fe.mul(z, q.z);
    int[] d = Fe.add(zz, zz);
    int[] e = Fe.sub(b, a);
    int[] f = Fe.sub(d, c);
    int[] g = Fe.add(d, c);
    int[] h = Fe.add(b, a);
    return new RistrettoPoint(Fe.mul(e, f), Fe.mul(g, h), Fe.mul(f, g), Fe.mul(e, h));
  }

  public RistrettoPoint negate() {
    return new RistrettoPoint(Fe.neg(x), Fe.copy(y), Fe.copy(z), Fe.neg(t));
  }

  /// Scalar multiplication by a non-negative scalar below 2^256: a fixed 4-bit window over all 64 nibbles with a
  /// constant-time table lookup, so the sequence of field operations and memory accesses does not depend on the
  /// scalar.
  public RistrettoPoint multiply(BigInteger k) {
    if (k.signum() < 0 || k.bitLength() > 256) {
      throw new IllegalArgumentException("scalar out of range");
    }
    byte[] be = k.toByteArray();
    byte[] le = new byte[33];
    for (int i = 0; i < be.length; i++) {
      le[i] = be[be.length - 1 - i];
    }
    RistrettoPoint[] table = new RistrettoPoint[16];
    table[0] = IDENTITY;
    table[1] = this;
    for (int i = 2; i < 16; i++) {
      table[i] = (i & 1) == 0 ? table[i / 2].dbl() : table[i - 1].add(this);
    }
    RistrettoPoint acc = IDENTITY;
    for (int w = 63; w >= 0; w--) {
      acc = acc.dbl().dbl().dbl().dbl();
      int nibble = (le[w >> 1] >>> ((w & 1) << 2)) & 0xf;
      acc = acc.add(lookup(table, nibble));
    }
    java.util.Arrays.fill(le, (byte) 0);
    return acc;
  }

  /// Returns `table[index]` by scanning every entry with constant-time selects.
  private static RistrettoPoint lookup(RistrettoPoint[] table, int index) {
    RistrettoPoint r = IDENTITY;
    for (int i = 0; i < table.length; i++) {
      // mask = -1 iff i == index, computed without a branch.
      int mask = ((i ^ index) - 1) >> 31;
      r = select(mask, table[i], r);
    }
    return r;
  }

  /// Doubling in extended coordinates for a = -1 ("dbl-2008-hwcd"), cheaper than [#add] with itself.
  RistrettoPoint dbl() {
    int[] a = Fe.sqr(x);
    int[] b = Fe.sqr(y);
    int[] zz = Fe.sqr(z);
    int[] c = Fe.add(zz, zz);
    int[] d = Fe.neg(a);
    int[] e = Fe.sub(Fe.sub(Fe.sqr(Fe.add(x, y)), a), b);
    int[] g = Fe.add(d, b);
    int[] f = Fe.sub(g, c);
    int[] h = Fe.sub(d, b);
    return new RistrettoPoint(Fe.mul(e, f), Fe.mul(g, h), Fe.mul(f, g), Fe.mul(e, h));
  }

  private static RistrettoPoint select(int mask, RistrettoPoint a, RistrettoPoint b) {
    return new RistrettoPoint(
        Fe.select(mask, a.x, b.x), Fe.select(mask, a.y, b.y), Fe.select(mask, a.z, b.z), Fe.select(mask, a.t, b.t));
  }

  /// RFC 9496 §4.3.3: equal iff x1*y2 == y1*x2 or y1*y2 == x1*x2.
  public boolean isIdentity() {
    return equals(IDENTITY);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RistrettoPoint q)) {
      return false;
    }
    int a = Fe.eq(Fe.mul(x, q.y), Fe.mul(y, q.x));
    int b = Fe.eq(Fe.mul(y, q.y), Fe.mul(x, q.x));
    return (a | b) != 0;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "RistrettoPoint[" + HexFormat.of().formatHex(encode()) + "]";
  }
}
