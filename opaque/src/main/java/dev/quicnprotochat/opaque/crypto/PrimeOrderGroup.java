package dev.quicnprotochat.opaque.crypto;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import java.math.BigInteger;

/// The prime-order group abstraction of RFC 9497 §2.1, shared by the OPRF and the 3DH key exchange.
///
/// Scalars are [BigInteger]s in `[0, order)`. [#deserialize] is the only way peer bytes become elements, and it
/// rejects the identity, wrong lengths and non-canonical or off-curve encodings.
public sealed interface PrimeOrderGroup permits Ristretto255Group, P256Group {

  /// Ne: length of a serialized element.
  int elementLength();

  /// Ns: length of a serialized scalar.
  int scalarLength();

  BigInteger order();

  GroupElement generator();

  /// HashToGroup with the given domain separation tag.
  GroupElement hashToGroup(byte[] msg, byte[] dst);

  /// HashToScalar with the given domain separation tag.
  BigInteger hashToScalar(byte[] msg, byte[] dst);

  /// A uniformly random non-zero scalar, by rejection sampling over [#scalarLength] bytes drawn from `random`
  /// (so a fixed byte stream holding a serialized scalar reproduces exactly that scalar).
  BigInteger randomScalar(OpaqueRandom random);

  GroupElement multiply(GroupElement element, BigInteger scalar);

  default GroupElement multiplyGenerator(BigInteger scalar) {
    return multiply(generator(), scalar);
  }

  boolean isIdentity(GroupElement element);

  byte[] serialize(GroupElement element);

  /// @throws OpaqueCodecException for a wrong length, a non-canonical or invalid encoding, or the identity
  GroupElement deserialize(byte[] bytes);

  byte[] serializeScalar(BigInteger scalar);

  /// @throws OpaqueCodecException for a wrong length or a value not below the group order
  BigInteger deserializeScalar(byte[] bytes);
}
