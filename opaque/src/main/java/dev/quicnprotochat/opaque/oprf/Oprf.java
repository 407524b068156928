package dev.quicnprotochat.opaque.oprf;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.crypto.GroupElement;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/// The RFC 9497 OPRF protocol in base mode (0x00) for one [OprfSuite].
///
/// Stateless and thread-safe. Elements reaching [#blindEvaluate] and [#finalizeOutput] must come from
/// [PrimeOrderGroup#deserialize], which has already rejected the identity and invalid encodings.
public final class Oprf {

  private static final byte[] FINALIZE = "Finalize".getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom MASKING_RANDOM = new SecureRandom();

  private final OprfSuite suite;
  private final PrimeOrderGroup group;
  private final byte[] hashToGroupDst;
  private final byte[] hashToScalarDst;
  private final byte[] deriveKeyPairDst;

  public Oprf(OprfSuite suite) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.group = suite.group();
    byte[] context = suite.contextString(OprfMode.OPRF);
    this.hashToGroupDst = concat(ascii("HashToGroup-"), context);
    this.hashToScalarDst = concat(ascii("HashToScalar-"), context);
    this.deriveKeyPairDst = concat(ascii("DeriveKeyPair"), context);
  }

  public OprfSuite suite() {
    return suite;
  }

  /// The HashToGroup domain separation tag, "HashToGroup-" || contextString.
  public byte[] hashToGroupDst() {
    return hashToGroupDst.clone();
  }

  /// RFC 9497 §3.2.1 DeriveKeyPair(seed, info).
  public OprfKeyPair deriveKeyPair(byte[] seed, byte[] info) {
    if (info.length > 0xffff) {
      throw new IllegalArgumentException("DeriveKeyPair info too long");
    }
    byte[] deriveInput = concat(seed, i2osp2(info.length), info);
    for (int counter = 0; counter <= 255; counter++) {
      BigInteger sk = group.hashToScalar(concat(deriveInput, new byte[] {(byte) counter}), deriveKeyPairDst);
      if (sk.signum() != 0) {
        return new OprfKeyPair(sk, group.multiplyGenerator(sk));
      }
    }
    // RFC 9497 §3.2.1 DeriveKeyPairError: needs 256 zero scalars in a row, i.e. never in practice.
    throw new IllegalStateException("DeriveKeyPair failed");
  }

  /// RFC 9497 §3.3.1 Blind with a fresh random blind.
  public BlindedInput blind(byte[] input, OpaqueRandom random) {
    return blind(input, group.randomScalar(random));
  }

  /// RFC 9497 §3.3.1 Blind with a caller-supplied blind scalar.
  ///
  /// @throws OpaqueCodecException if the input hashes to the identity (InvalidInputError)
  public BlindedInput blind(byte[] input, BigInteger blind) {
    GroupElement inputElement = group.hashToGroup(input, hashToGroupDst);
    if (group.isIdentity(inputElement)) {
      throw new OpaqueCodecException("OPRF input maps to the identity element");
    }
    return new BlindedInput(blind, group.multiply(inputElement, blind));
  }

  /// RFC 9497 §3.3.1 BlindEvaluate: `privateKey * blindedElement`.
  public GroupElement blindEvaluate(BigInteger privateKey, GroupElement blindedElement) {
    return group.multiply(blindedElement, privateKey);
  }

  /// RFC 9497 §3.3.1 Finalize: unblinds the server's evaluation and hashes it with the input.
  public byte[] finalizeOutput(byte[] input, BigInteger blind, GroupElement evaluatedElement) {
    GroupElement n = group.multiply(evaluatedElement, maskedInverse(blind));
    return hashOutput(input, group.serialize(n));
  }

  /// blind^-1 mod order. [BigInteger#modInverse] is not constant-time, so it inverts blind * r for a fresh random
  /// r and multiplies by r again: its timing then depends on a random value, not on the blind. The result is
  /// exact, so the injected [OpaqueRandom] (and vector replay) is not involved.
  private BigInteger maskedInverse(BigInteger blind) {
    BigInteger q = group.order();
    BigInteger r =
        new BigInteger(q.bitLength() + 64, MASKING_RANDOM).mod(q.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    return blind.multiply(r).mod(q).modInverse(q).multiply(r).mod(q);
  }

  /// RFC 9497 §3.3.1 Evaluate: the server-side computation of the same output without blinding.
  public byte[] evaluate(BigInteger privateKey, byte[] input) {
    GroupElement inputElement = group.hashToGroup(input, hashToGroupDst);
    if (group.isIdentity(inputElement)) {
      throw new OpaqueCodecException("OPRF input maps to the identity element");
    }
    return hashOutput(input, group.serialize(group.multiply(inputElement, privateKey)));
  }

  private byte[] hashOutput(byte[] input, byte[] element) {
    return suite.hash().hash(i2osp2(input.length), input, i2osp2(element.length), element, FINALIZE);
  }

  private static byte[] i2osp2(int v) {
    if (v > 0xffff) {
      throw new IllegalArgumentException("length does not fit in two bytes");
    }
    return new byte[] {(byte) (v >>> 8), (byte) v};
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
