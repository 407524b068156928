package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.ake.AkeGroup;
import dev.quicnprotochat.opaque.ake.AkeKeyPair;
import dev.quicnprotochat.opaque.crypto.HashFunction;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.oprf.Oprf;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.util.HexFormat;
import java.util.Objects;

/// An RFC 9807 configuration: OPRF suite (which fixes the hash, KDF and MAC), the 3DH group, the KSF and the
/// application context bound into every handshake. Client and server must use equal configurations.
///
/// Supported: ristretto255-SHA512 (the default, RFC 9807 §7) and P256-SHA256, each with 3DH over the OPRF's own
/// group; and ristretto255-SHA512 with 3DH over curve25519 (X25519), as in the RFC's test vectors.
/// Immutable and thread-safe.
public final class OpaqueConfig {

  /// Nn: nonce length.
  public static final int NONCE_LENGTH = 32;
  /// Nseed: key-derivation seed length.
  public static final int SEED_LENGTH = 32;

  private final OprfSuite suite;
  private final AkeGroup ake;
  private final Ksf ksf;
  private final byte[] context;
  private final Oprf oprf;

  private OpaqueConfig(OprfSuite suite, AkeGroup ake, Ksf ksf, byte[] context) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.ake = Objects.requireNonNull(ake, "ake");
    this.ksf = Objects.requireNonNull(ksf, "ksf");
    if (context.length > 0xffff) {
      throw new OpaqueUsageException("OPAQUE context longer than 65535 bytes");
    }
    this.context = context.clone();
    this.oprf = new Oprf(suite);
  }

  /// ristretto255-SHA512 with 3DH, Argon2id with RFC 9807's recommended parameters ([Ksf#argon2idRecommended()])
  /// and the given context.
  public static OpaqueConfig ristretto255Sha512(byte[] context) {
    return of(OprfSuite.RISTRETTO255_SHA512, Ksf.argon2idRecommended(), context);
  }

  /// P256-SHA256 with 3DH, Argon2id with RFC 9807's recommended parameters ([Ksf#argon2idRecommended()]) and the
  /// given context.
  public static OpaqueConfig p256Sha256(byte[] context) {
    return of(OprfSuite.P256_SHA256, Ksf.argon2idRecommended(), context);
  }

  /// Any supported suite with an explicit KSF, 3DH over the suite's own group.
  public static OpaqueConfig of(OprfSuite suite, Ksf ksf, byte[] context) {
    return new OpaqueConfig(suite, AkeGroup.of(suite), ksf, context);
  }

  /// Any supported suite with an explicit 3DH group and KSF.
  public static OpaqueConfig of(OprfSuite suite, AkeGroup ake, Ksf ksf, byte[] context) {
    return new OpaqueConfig(suite, ake, ksf, context);
  }

  /// The same configuration with another KSF.
  public OpaqueConfig withKsf(Ksf other) {
    return new OpaqueConfig(suite, ake, other, context);
  }

  /// The 3DH group.
  public AkeGroup ake() {
    return ake;
  }

  public OprfSuite suite() {
    return suite;
  }

  public Ksf ksf() {
    return ksf;
  }

  public byte[] context() {
    return context.clone();
  }

  public Oprf oprf() {
    return oprf;
  }

  /// The OPRF's group.
  public PrimeOrderGroup group() {
    return suite.group();
  }

  public HashFunction hash() {
    return suite.hash();
  }

  /// Nh (= Nm = Nx): hash, MAC and KDF output length.
  public int hashLength() {
    return suite.hash().outputLength();
  }

  /// Npk: AKE public key length.
  public int publicKeyLength() {
    return ake.publicKeyLength();
  }

  /// Nsk: AKE private key length.
  public int privateKeyLength() {
    return ake.privateKeyLength();
  }

  /// Noe: serialized OPRF element length.
  public int oprfElementLength() {
    return suite.group().elementLength();
  }

  /// Nok: OPRF private key length.
  public int oprfKeyLength() {
    return suite.group().scalarLength();
  }

  /// Envelope length: Nn + Nm.
  public int envelopeLength() {
    return NONCE_LENGTH + hashLength();
  }

  /// RFC 9807 §6.4.1 DeriveDiffieHellmanKeyPair(seed) in the 3DH group.
  public AkeKeyPair deriveDiffieHellmanKeyPair(byte[] seed) {
    return ake.deriveKeyPair(seed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpaqueConfig c && suite == c.suite && ake.equals(c.ake) && ksf.equals(c.ksf)
        && java.util.Arrays.equals(context, c.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(suite, ake, ksf, java.util.Arrays.hashCode(context));
  }

  @Override
  public String toString() {
    return "OpaqueConfig[" + suite.identifier() + ", 3DH " + ake.identifier() + ", " + ksf + ", context="
        + HexFormat.of().formatHex(context) + "]";
  }
}
