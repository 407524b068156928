package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.crypto.HashFunction;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.oprf.Oprf;
import dev.quicnprotochat.opaque.oprf.OprfKeyPair;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/// An RFC 9807 configuration: OPRF suite (which also fixes the AKE group, hash, KDF and MAC), KSF and the
/// application context bound into every handshake. Client and server must use equal configurations.
///
/// Supported: ristretto255-SHA512 (the default, RFC 9807 §7) and P256-SHA256, each with 3DH over the OPRF's group.
/// Immutable and thread-safe.
public final class OpaqueConfig {

  /// Nn: nonce length.
  public static final int NONCE_LENGTH = 32;
  /// Nseed: key-derivation seed length.
  public static final int SEED_LENGTH = 32;

  private static final byte[] DH_KEY_INFO = "OPAQUE-DeriveDiffieHellmanKeyPair".getBytes(StandardCharsets.US_ASCII);

  private final OprfSuite suite;
  private final Ksf ksf;
  private final byte[] context;
  private final Oprf oprf;

  private OpaqueConfig(OprfSuite suite, Ksf ksf, byte[] context) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.ksf = Objects.requireNonNull(ksf, "ksf");
    if (context.length > 0xffff) {
      throw new OpaqueUsageException("OPAQUE context longer than 65535 bytes");
    }
    this.context = context.clone();
    this.oprf = new Oprf(suite);
  }

  /// ristretto255-SHA512 with 3DH, Argon2id ([Ksf#argon2idMemoryConstrained()]) and the given context.
  public static OpaqueConfig ristretto255Sha512(byte[] context) {
    return new OpaqueConfig(OprfSuite.RISTRETTO255_SHA512, Ksf.argon2idMemoryConstrained(), context);
  }

  /// P256-SHA256 with 3DH, Argon2id ([Ksf#argon2idMemoryConstrained()]) and the given context.
  public static OpaqueConfig p256Sha256(byte[] context) {
    return new OpaqueConfig(OprfSuite.P256_SHA256, Ksf.argon2idMemoryConstrained(), context);
  }

  /// Any supported suite with an explicit KSF.
  public static OpaqueConfig of(OprfSuite suite, Ksf ksf, byte[] context) {
    return new OpaqueConfig(suite, ksf, context);
  }

  /// The same configuration with another KSF.
  public OpaqueConfig withKsf(Ksf other) {
    return new OpaqueConfig(suite, other, context);
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

  /// Npk (= Noe): serialized element length.
  public int publicKeyLength() {
    return suite.group().elementLength();
  }

  /// Nsk (= Nok): serialized scalar length.
  public int privateKeyLength() {
    return suite.group().scalarLength();
  }

  /// Envelope length: Nn + Nm.
  public int envelopeLength() {
    return NONCE_LENGTH + hashLength();
  }

  /// RFC 9807 §4.3.1 / §6.4.1 DeriveDiffieHellmanKeyPair(seed) for prime-order groups.
  public OprfKeyPair deriveDiffieHellmanKeyPair(byte[] seed) {
    return oprf.deriveKeyPair(seed, DH_KEY_INFO);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpaqueConfig c && suite == c.suite && ksf.equals(c.ksf)
        && java.util.Arrays.equals(context, c.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(suite, ksf, java.util.Arrays.hashCode(context));
  }

  @Override
  public String toString() {
    return "OpaqueConfig[" + suite.identifier() + ", 3DH, " + ksf + ", context=" + HexFormat.of().formatHex(context)
        + "]";
  }
}
