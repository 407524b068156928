package dev.quicnprotochat.opaque.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/// Arithmetic over GF(2^255 - 19) on top of BouncyCastle's constant-time [X25519Field], plus the ristretto255
/// constants and helpers of RFC 9496 §4.1-4.2.
///
/// Field elements are `int[10]` in BouncyCastle's redundant 25.5-bit limb form. Every `add`/`sub` here carries
/// right away so that any result is a valid `mul` input; callers never see unreduced limbs. Predicates return
/// masks (`-1` true, `0` false) or bits, never branch on secret data.
final class Fe {

  static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

  // RFC 9496 §4.1 constants (verified by FeTest against their defining equations).
  static final int[] D = fromDecimal("37095705934669439343138083508754565189542113879843219016388785533085940283555");
  static final int[] D2 = add(D, D);
  static final int[] SQRT_M1 =
      fromDecimal("19681161376707505956807079304988542015446066515923890162744021073123829784752");
  static final int[] SQRT_AD_MINUS_ONE =
      fromDecimal("25063068953384623474111414158702152701244531502492656460079210482610430750235");
  static final int[] INVSQRT_A_MINUS_D =
      fromDecimal("54469307008909316920995813868745141605393597292927456921205312896311721017578");
  static final int[] ONE_MINUS_D_SQ =
      fromDecimal("1159843021668779879193775521855586647937357759715417654439879720876111806838");
  static final int[] D_MINUS_ONE_SQ =
      fromDecimal("40440834346308536858101042469323190826248399146238708352240133220865137265952");

  private Fe() {}

  static int[] zero() {
    return X25519Field.create();
  }

  static int[] one() {
    int[] r = X25519Field.create();
    X25519Field.one(r);
    return r;
  }

  static int[] copy(int[] a) {
    return a.clone();
  }

  static int[] add(int[] a, int[] b) {
    int[] r = X25519Field.create();
    X25519Field.add(a, b, r);
    X25519Field.carry(r);
    return r;
  }

  static int[] sub(int[] a, int[] b) {
    int[] r = X25519Field.create();
    X25519Field.sub(a, b, r);
    X25519Field.carry(r);
    return r;
  }

  static int[] neg(int[] a) {
    int[] r = X25519Field.create();
    X25519Field.negate(a, r);
    X25519Field.carry(r);
    return r;
  }

  static int[] mul(int[] a, int[] b) {
    int[] r = X25519Field.create();
    X25519Field.mul(a, b, r);
    return r;
  }

  static int[] sqr(int[] a) {
    int[] r = X25519Field.create();
    X25519Field.sqr(a, r);
    return r;
  }

  private static int[] sqrN(int[] a, int n) {
    int[] r = X25519Field.create();
    X25519Field.sqr(a, n, r);
    return r;
  }

  /// Canonical little-endian encoding (RFC 9496 §4.3: field elements are encoded reduced mod p).
  static byte[] encode(int[] a) {
    int[] t = a.clone();
    X25519Field.normalize(t);
    byte[] out = new byte[32];
    X25519Field.encode(t, out, 0);
    return out;
  }

  /// Decodes 32 bytes ignoring the top bit; the value may be non-canonical (at least p). Callers that need
  /// canonicity compare [#encode] of the result with the input.
  static int[] decode(byte[] b, int off) {
    int[] r = X25519Field.create();
    X25519Field.decode255(b, off, r, 0);
    return r;
  }

  /// RFC 9496 §4.2 IS_NEGATIVE: the low bit of the canonical encoding; returns 0 or 1.
  static int isNegative(int[] a) {
    return encode(a)[0] & 1;
  }

  /// Mask: -1 when `a == b` (as field elements), else 0.
  static int eq(int[] a, int[] b) {
    int[] x = a.clone();
    int[] y = b.clone();
    X25519Field.normalize(x);
    X25519Field.normalize(y);
    return X25519Field.areEqual(x, y);
  }

  /// Mask: -1 when `a == 0`, else 0.
  static int isZero(int[] a) {
    int[] x = a.clone();
    X25519Field.normalize(x);
    return X25519Field.isZero(x);
  }

  /// Returns `mask == -1 ? a : b` without branching.
  static int[] select(int mask, int[] a, int[] b) {
    int[] r = b.clone();
    X25519Field.cmov(mask, a, 0, r, 0);
    return r;
  }

  /// RFC 9496 §4.2 CT_ABS.
  static int[] abs(int[] a) {
    int[] r = a.clone();
    X25519Field.cnegate(isNegative(a), r);
    X25519Field.carry(r);
    return r;
  }

  /// a^((p-5)/8) = a^(2^252-3), by the usual addition chain.
  static int[] pow22523(int[] z) {
    int[] t0 = sqr(z);                       // 2
    int[] t1 = mul(z, sqrN(t0, 2));          // 9
    t0 = mul(t0, t1);                        // 11
    t0 = sqr(t0);                            // 22
    t0 = mul(t1, t0);                        // 2^5 - 1
    t0 = mul(sqrN(t0, 5), t0);               // 2^10 - 1
    t1 = mul(sqrN(t0, 10), t0);              // 2^20 - 1
    t1 = mul(sqrN(t1, 20), t1);              // 2^40 - 1
    t0 = mul(sqrN(t1, 10), t0);              // 2^50 - 1
    t1 = mul(sqrN(t0, 50), t0);              // 2^100 - 1
    t1 = mul(sqrN(t1, 100), t1);             // 2^200 - 1
    t0 = mul(sqrN(t1, 50), t0);              // 2^250 - 1
    return mul(sqrN(t0, 2), z);              // 2^252 - 3
  }

  /// Result of [#sqrtRatioM1]: `wasSquare` is a mask (-1 or 0).
  record SqrtRatio(int wasSquare, int[] root) {}

  /// RFC 9496 §4.2 SQRT_RATIO_M1(u, v): the non-negative square root of u/v if it exists, else of SQRT_M1*u/v.
  static SqrtRatio sqrtRatioM1(int[] u, int[] v) {
    int[] v3 = mul(sqr(v), v);
    int[] v7 = mul(sqr(v3), v);
    int[] r = mul(mul(u, v3), pow22523(mul(u, v7)));
    int[] check = mul(v, sqr(r));
    int[] negU = neg(u);
    int correctSign = eq(check, u);
    int flippedSign = eq(check, negU);
    int flippedSignI = eq(check, mul(negU, SQRT_M1));
    r = select(flippedSign | flippedSignI, mul(SQRT_M1, r), r);
    return new SqrtRatio(correctSign | flippedSign, abs(r));
  }

  static int[] fromBigInteger(BigInteger v) {
    byte[] be = v.mod(P).toByteArray();
    byte[] le = new byte[32];
    for (int i = 0; i < be.length && i < 32; i++) {
      le[i] = be[be.length - 1 - i];
    }
    return decode(le, 0);
  }

  static BigInteger toBigInteger(int[] a) {
    byte[] le = encode(a);
    byte[] be = new byte[33];
    for (int i = 0; i < 32; i++) {
      be[32 - i] = le[i];
    }
    return new BigInteger(be);
  }

  private static int[] fromDecimal(String decimal) {
    return fromBigInteger(new BigInteger(decimal));
  }
}
