package dev.quicnprotochat.opaque.crypto;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import java.math.BigInteger;

/// ristretto255 (RFC 9496) as a [PrimeOrderGroup], with the hash-to-group and hash-to-scalar of RFC 9497 §4.1:
/// expand_message_xmd with SHA-512 to 64 bytes, then the one-way map or a little-endian reduction mod ℓ.
public final class Ristretto255Group implements PrimeOrderGroup {

  public static final Ristretto255Group INSTANCE = new Ristretto255Group();

  /// ℓ = 2^252 + 27742317777372353535851937790883648493.
  public static final BigInteger ORDER =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private Ristretto255Group() {}

  @Override
  public int elementLength() {
    return 32;
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
    return RistrettoPoint.GENERATOR;
  }

  @Override
  public GroupElement hashToGroup(byte[] msg, byte[] dst) {
    return RistrettoPoint.fromUniformBytes(HashFunction.SHA512.expandMessageXmd(msg, dst, 64));
  }

  @Override
  public BigInteger hashToScalar(byte[] msg, byte[] dst) {
    return reduceWide(HashFunction.SHA512.expandMessageXmd(msg, dst, 64));
  }

  /// Interprets 64 bytes as a little-endian integer and reduces it mod ℓ.
  public static BigInteger reduceWide(byte[] wide) {
    return littleEndian(wide).mod(ORDER);
  }

  @Override
  public BigInteger randomScalar(OpaqueRandom random) {
    while (true) {
      byte[] bytes = random.nextBytes(32);
      // ℓ < 2^253: clearing the top three bits keeps the acceptance rate near one half.
      bytes[31] &= 0x1f;
      BigInteger k = littleEndian(bytes);
      if (k.signum() != 0 && k.compareTo(ORDER) < 0) {
        return k;
      }
    }
  }

  @Override
  public GroupElement multiply(GroupElement element, BigInteger scalar) {
    return point(element).multiply(scalar.mod(ORDER));
  }

  @Override
  public boolean isIdentity(GroupElement element) {
    return point(element).isIdentity();
  }

  @Override
  public byte[] serialize(GroupElement element) {
    return point(element).encode();
  }

  @Override
  public GroupElement deserialize(byte[] bytes) {
    RistrettoPoint p = RistrettoPoint.decodeAllowingIdentity(bytes);
    if (p.isIdentity()) {
      throw new OpaqueCodecException("ristretto255 element is the identity");
    }
    return p;
  }

  @Override
  public byte[] serializeScalar(BigInteger scalar) {
    byte[] be = scalar.mod(ORDER).toByteArray();
    byte[] le = new byte[32];
    for (int i = 0; i < be.length && i < 32; i++) {
      le[i] = be[be.length - 1 - i];
    }
    return le;
  }

  @Override
  public BigInteger deserializeScalar(byte[] bytes) {
    if (bytes.length != 32) {
      throw new OpaqueCodecException("ristretto255 scalar must be 32 bytes, got " + bytes.length);
    }
    BigInteger k = littleEndian(bytes);
    if (k.compareTo(ORDER) >= 0) {
      throw new OpaqueCodecException("ristretto255 scalar is not reduced");
    }
    return k;
  }

  private static BigInteger littleEndian(byte[] le) {
    byte[] be = new byte[le.length + 1];
    for (int i = 0; i < le.length; i++) {
      be[le.length - i] = le[i];
    }
    return new BigInteger(be);
  }

  private static RistrettoPoint point(GroupElement e) {
    if (e instanceof RistrettoPoint p) {
      return p;
    }
    throw new IllegalArgumentException("not a ristretto255 element");
  }

  @Override
  public String toString() {
    return "ristretto255";
  }
}
